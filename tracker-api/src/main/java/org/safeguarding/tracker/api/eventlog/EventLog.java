package org.safeguarding.tracker.api.eventlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.tracker.api.audit.CanonicalJson;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** Reads the event store's table directly: stream heads, one aggregate's history, and the global feed. */
@Component
public class EventLog {

    public static final String COLUMNS = """
            global_index, aggregate_identifier, type, sequence_number, payload_type, payload_revision,
            time_stamp, meta_data, payload, previous_hash, chain_hash, stored_at < clock_timestamp() - cast(? as interval) as settled""";

    private static final int CURSOR_ROWS = 1000;
    /** stored_at and the position are taken in one insert, a moment apart. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final String settleInterval;

    /** The first key of the per-aggregate command locks. */
    /** The two-key advisory lock namespace of aggregate streams, apart from the single-key locks (checkpoints). */
    public static final String STREAM_LOCK = "pg_advisory_xact_lock(" + 0x7472_6b01 + ", hashtext(?))";

    public EventLog(JdbcTemplate jdbc, @Value("${tracker.events.feed-settle}") Duration feedSettle) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(CURSOR_ROWS);
        this.settleInterval = feedSettle.toMillis() + " milliseconds";
    }

    /**
     * Takes, until the caller's transaction ends, the lock every instance's commands on this aggregate take first:
     * without it two commands naming the same If-Match could both read that head, and the later one, loading the
     * aggregate after the first committed, would append on top of it instead of being refused.
     */
    public void lockStream(String aggregateId) {
        jdbc.query("select " + STREAM_LOCK, row -> { }, aggregateId);
    }

    public Optional<StreamHead> head(String aggregateId) {
        return jdbc.query("""
                        select type, max(sequence_number) + 1, max(global_index) from domain_event_entry
                        where aggregate_identifier = ? group by type""",
                (row, i) -> new StreamHead(row.getString(1), row.getLong(2), row.getLong(3)), aggregateId)
                .stream().findFirst();
    }

    /** The aggregate's events, oldest first; empty when it has none or is of another type. */
    public List<RecordedEvent> history(String aggregateType, String aggregateId) {
        return jdbc.query("select " + COLUMNS + " " + """
                         from domain_event_entry where aggregate_identifier = ? and type = ?
                        order by sequence_number""",
                (row, i) -> read(row), settleInterval, aggregateId, aggregateType);
    }

    /**
     * Events after {@code position}, in order, at most {@code limit}. Global positions are allocated before
     * commit, so a lower position can become visible after a higher one: the feed stops before a gap until the
     * gap can no longer fill, so a reader paging with {@code after} never skips an event. A gap can no longer
     * fill once the event after it has settled (no command transaction stays open that long: see
     * CommandTransactions), or sooner, once no transaction is open that began before that event was stored:
     * the gap's writer began before it took its position, which it took before the later one. The events are
     * read again after that look at the open transactions, so a writer that committed meanwhile is seen.
     */
    public List<RecordedEvent> after(long position, int limit) {
        List<Row> rows = rowsAfter(position, limit);
        if (!hasUnsettledGap(position, rows)) {
            return rows.stream().map(Row::event).toList();
        }
        OpenTransactions open = openTransactions();
        rows = rowsAfter(position, limit);
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        long previous = position;
        for (Row row : rows) {
            if (row.event.position() != previous + 1 && !row.settled && open.mayStillFillBefore(row.storedAt)) {
                break;
            }
            events.add(row.event);
            previous = row.event.position();
        }
        return events;
    }

    private List<Row> rowsAfter(long position, int limit) {
        return jdbc.query("select " + COLUMNS + ", stored_at " + """
                         from domain_event_entry where global_index > ? order by global_index limit ?""",
                (row, i) -> new Row(read(row), row.getBoolean("settled"), row.getTimestamp("stored_at").toInstant()),
                settleInterval, position, limit);
    }

    private static boolean hasUnsettledGap(long position, List<Row> rows) {
        long previous = position;
        for (Row row : rows) {
            if (row.event.position() != previous + 1 && !row.settled) {
                return true;
            }
            previous = row.event.position();
        }
        return false;
    }

    /** The transactions open on this database now, other than this reader's. */
    private OpenTransactions openTransactions() {
        return jdbc.queryForObject("""
                select coalesce(bool_or(state is null), false), min(xact_start), clock_timestamp()
                from pg_stat_activity
                where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
                  and (xact_start is not null or state is null)""",
                (row, i) -> new OpenTransactions(row.getBoolean(1),
                        row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant()));
    }

    /**
     * Open transactions as seen at {@code observedAt}. {@code hidden}: a session this role may not look into,
     * which therefore counts as open since ever.
     */
    private record OpenTransactions(boolean hidden, Instant oldestStart, Instant observedAt) {

        /** Whether a gap before an event stored at {@code storedAt} may still fill, as far as these show. */
        boolean mayStillFillBefore(Instant storedAt) {
            Instant bound = storedAt.plus(CLOCK_MARGIN);
            return hidden || !bound.isBefore(observedAt) || oldestStart != null && oldestStart.isBefore(bound);
        }
    }

    private record Row(RecordedEvent event, boolean settled, Instant storedAt) {
    }

    /**
     * Every event in position order, handed over one at a time as the database cursor reads them, so memory
     * stays bounded however long the log; inside a (read-only) transaction, else the driver reads them all.
     */
    public void stream(Optional<String> aggregateId, Consumer<RecordedEvent> each) {
        RowCallbackHandler handler = row -> each.accept(read(row));
        String select = "select " + COLUMNS + " from domain_event_entry ";
        if (aggregateId.isPresent()) {
            cursor.query(select + "where aggregate_identifier = ? order by global_index", handler,
                    settleInterval, aggregateId.get());
        } else {
            cursor.query(select + "order by global_index", handler, settleInterval);
        }
    }

    /** One row of the event table, as selected by {@link #COLUMNS}. */
    public static RecordedEvent read(ResultSet row) throws SQLException {
        JsonNode metadata = tree(row.getBytes("meta_data"));
        String payloadType = row.getString("payload_type");
        return new RecordedEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getString("type"), row.getLong("sequence_number"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), row.getString("payload_revision"),
                Instant.parse(row.getString("time_stamp")), text(metadata, CommandMetadata.ACTOR),
                text(metadata, CommandMetadata.ROLE), text(metadata, CommandMetadata.CORRELATION_ID),
                tree(row.getBytes("payload")), text(metadata, CommandMetadata.AGENCY),
                text(metadata, CommandMetadata.IDEMPOTENCY_KEY), payloadType, metadata,
                row.getString("previous_hash"), row.getString("chain_hash"));
    }

    /** Exact numbers, as the chain hashes them, so what the feed shows verifies offline. */
    private static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            return CanonicalJson.READER.createObjectNode();
        }
        try {
            return CanonicalJson.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
