package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.safeguarding.tracker.api.audit.EventChain;
import org.safeguarding.tracker.api.eventlog.EventLog;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;

/**
 * Chains the events stored before the log was tamper-evident, aggregate by aggregate in sequence order, with
 * the same {@link EventChain} the store uses for new ones, so an existing database verifies as intact.
 * Flyway runs it once, under its lock, in one transaction: a second instance starting meanwhile waits.
 */
public class V11__Chain_stored_events extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "update domain_event_entry set previous_hash = ?, chain_hash = ? where global_index = ?")) {
            select.setFetchSize(BATCH);
            String lastAggregate = null;
            String previous = null;
            int pending = 0;
            try (ResultSet row = select.executeQuery("select " + EventLog.COLUMNS.replace("?", "'0 seconds'")
                    + " from domain_event_entry order by aggregate_identifier, sequence_number")) {
                while (row.next()) {
                    RecordedEvent event = EventLog.read(row);
                    if (!event.aggregateId().equals(lastAggregate)) {
                        lastAggregate = event.aggregateId();
                        previous = null;
                    }
                    String hash = EventChain.hash(previous, event.link());
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, event.position());
                    update.addBatch();
                    previous = hash;
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            update.executeBatch();
        }
    }
}
