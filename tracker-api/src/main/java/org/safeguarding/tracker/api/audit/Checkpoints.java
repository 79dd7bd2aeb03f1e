package org.safeguarding.tracker.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds every aggregate's chain head into one hash of the whole log, now and then, and reads the folds back
 * for verification and export. A checkpoint reveals what no later link would: the deletion or rewrite of
 * the last event of an aggregate. Several instances may run this: a transaction-scoped advisory lock lets
 * one take each checkpoint, and the positions' keys refuse a second one for the same place.
 */
@Component
public class Checkpoints {

    /** The advisory lock key of checkpoint taking ("tracker-checkpoint" in no particular encoding). */
    private static final long LOCK = 0x7472_636b_6370_7431L;

    private final JdbcTemplate jdbc;
    private final String settleInterval;

    public Checkpoints(JdbcTemplate jdbc, @Value("${tracker.audit.checkpoint-settle}") Duration settle) {
        this.jdbc = jdbc;
        this.settleInterval = settle.toMillis() + " milliseconds";
    }

    private record Taken(long position, String logHash) {
    }

    @Scheduled(initialDelayString = "${tracker.audit.checkpoint-interval}",
            fixedDelayString = "${tracker.audit.checkpoint-interval}")
    public void onSchedule() {
        take();
    }

    /**
     * Takes a checkpoint at the last event stored longer ago than the settle time (a position allocated
     * earlier may still commit until then), when the log has grown since the last one. Answers its position.
     */
    @Transactional
    public Optional<Long> take() {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
        Long position = jdbc.queryForObject("""
                select max(global_index) from domain_event_entry
                where stored_at < clock_timestamp() - cast(? as interval)""", Long.class, settleInterval);
        Optional<Taken> last = latest();
        if (position == null || last.isPresent() && position <= last.get().position()) {
            return Optional.empty();
        }
        List<CheckpointHead> changed = jdbc.query("""
                select e.aggregate_identifier, e.sequence_number, e.global_index, e.chain_hash
                from (select distinct on (aggregate_identifier) aggregate_identifier, sequence_number, global_index,
                             chain_hash
                      from domain_event_entry where global_index <= ?
                      order by aggregate_identifier, sequence_number desc) e
                left join (select distinct on (aggregate_identifier) aggregate_identifier, sequence_number
                           from audit_checkpoint_head order by aggregate_identifier, checkpoint_position desc) r
                       on r.aggregate_identifier = e.aggregate_identifier
                where r.sequence_number is distinct from e.sequence_number
                order by e.global_index""",
                (row, i) -> new CheckpointHead(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4)),
                position);
        String previous = last.map(Taken::logHash).orElse(null);
        jdbc.update("insert into audit_checkpoint (position, previous_position, log_hash) values (?, ?, ?)",
                position, last.map(Taken::position).orElse(null), EventChain.checkpoint(previous, position, changed));
        jdbc.batchUpdate("""
                        insert into audit_checkpoint_head (checkpoint_position, aggregate_identifier, sequence_number,
                            global_index, chain_hash) values (?, ?, ?, ?, ?)""", changed, 500, (insert, head) -> {
            insert.setLong(1, position);
            insert.setString(2, head.aggregateId());
            insert.setLong(3, head.sequence());
            insert.setLong(4, head.position());
            insert.setString(5, head.hash());
        });
        return Optional.of(position);
    }

    private Optional<Taken> latest() {
        return jdbc.query("select position, log_hash from audit_checkpoint order by position desc limit 1",
                (row, i) -> new Taken(row.getLong(1), row.getString(2))).stream().findFirst();
    }

    /**
     * Each checkpoint in position order, with the heads it recorded (only those of one aggregate, and only the
     * checkpoints that recorded one, when one is given), read in one statement so in one snapshot.
     */
    public void stream(Optional<String> aggregateId, Consumer<Checkpoint> each) {
        String heads = aggregateId.isPresent()
                ? "join audit_checkpoint_head h on h.checkpoint_position = c.position and h.aggregate_identifier = ?"
                : "left join audit_checkpoint_head h on h.checkpoint_position = c.position";
        Object[] arguments = aggregateId.<Object[]>map(id -> new Object[] {id}).orElse(new Object[0]);
        Grouping grouping = new Grouping(each);
        jdbc.query("""
                select c.position, p.log_hash, c.log_hash, h.aggregate_identifier, h.sequence_number, h.global_index,
                       h.chain_hash
                from audit_checkpoint c left join audit_checkpoint p on p.position = c.previous_position
                """ + heads + " order by c.position, h.global_index", grouping, arguments);
        grouping.finish();
    }

    /** Gathers the rows of one checkpoint, its heads in position order, into one {@link Checkpoint}. */
    private static final class Grouping implements RowCallbackHandler {
        private final Consumer<Checkpoint> each;
        private final List<CheckpointHead> heads = new ArrayList<>();
        private long position = -1;
        private String previousHash;
        private String hash;

        Grouping(Consumer<Checkpoint> each) {
            this.each = each;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            if (row.getLong(1) != position) {
                finish();
                position = row.getLong(1);
                previousHash = row.getString(2);
                hash = row.getString(3);
            }
            if (row.getString(4) != null) {
                heads.add(new CheckpointHead(row.getString(4), row.getLong(5), row.getLong(6), row.getString(7)));
            }
        }

        void finish() {
            if (position >= 0) {
                each.accept(new Checkpoint(position, previousHash, hash, List.copyOf(heads)));
            }
            heads.clear();
        }
    }
}
