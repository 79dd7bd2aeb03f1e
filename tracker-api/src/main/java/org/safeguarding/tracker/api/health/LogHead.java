package org.safeguarding.tracker.api.health;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of the event log (its highest global position), looked up with one index-only query and kept for
 * a second, since the health check and the metrics both ask for it.
 */
@Component
public class LogHead {

    private static final long KEEP_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private long position;
    private long readAt;
    private boolean read;

    public LogHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest position stored; 0 for an empty log. */
    public synchronized long position() {
        long now = System.nanoTime();
        if (!read || now - readAt > KEEP_NANOS) {
            Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            position = max == null ? 0 : max;
            readAt = now;
            read = true;
        }
        return position;
    }

    /**
     * When the oldest event a processor has not yet seen was recorded: the first after {@code position}, or one
     * that has since committed into a gap the processor passed over. Empty when there is none.
     */
    public Optional<Instant> firstRecordedAfter(long position, Collection<Long> gaps) {
        // two index lookups: one "gap or later" condition would make the planner scan from the start
        return jdbc.query("""
                        (select global_index, time_stamp from domain_event_entry
                         where global_index = any(cast(? as bigint[])) order by global_index limit 1)
                        union all
                        (select global_index, time_stamp from domain_event_entry
                         where global_index > ? order by global_index limit 1)
                        order by global_index limit 1""",
                (row, i) -> Instant.parse(row.getString(2)), array(gaps), position).stream().findFirst();
    }

    private static String array(Collection<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
