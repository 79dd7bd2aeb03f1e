package org.safeguarding.tracker.api.eventlog;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the event store's table directly: stream heads, one aggregate's history, and the global feed. */
@Component
public class EventLog {

    private static final String COLUMNS = """
            global_index, aggregate_identifier, type, sequence_number, payload_type, payload_revision,
            time_stamp, meta_data, payload, stored_at < clock_timestamp() - cast(? as interval) as settled""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final String settleInterval;

    public EventLog(JdbcTemplate jdbc, @Value("${tracker.events.feed-settle}") Duration feedSettle) {
        this.jdbc = jdbc;
        this.settleInterval = feedSettle.toMillis() + " milliseconds";
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
     * commit, so a lower position can become visible after a higher one: the feed stops before a gap until
     * the event after the gap has settled (then the gap is a rolled-back transaction), so a reader paging
     * with {@code after} never skips an event.
     */
    public List<RecordedEvent> after(long position, int limit) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " " + """
                         from domain_event_entry where global_index > ? order by global_index limit ?""",
                (row, i) -> new Row(read(row), row.getBoolean("settled")), settleInterval, position, limit);
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        long previous = position;
        for (Row row : rows) {
            if (row.event.position() != previous + 1 && !row.settled) {
                break;
            }
            events.add(row.event);
            previous = row.event.position();
        }
        return events;
    }

    private record Row(RecordedEvent event, boolean settled) {
    }

    private RecordedEvent read(ResultSet row) throws SQLException {
        JsonNode metadata = tree(row.getBytes("meta_data"));
        String payloadType = row.getString("payload_type");
        return new RecordedEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getString("type"), row.getLong("sequence_number"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), row.getString("payload_revision"),
                Instant.parse(row.getString("time_stamp")), text(metadata, CommandMetadata.ACTOR),
                text(metadata, CommandMetadata.ROLE), text(metadata, CommandMetadata.CORRELATION_ID),
                tree(row.getBytes("payload")));
    }

    private JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
