package org.safeguarding.tracker.projections.views;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which generation of the view tables is live and which, if any, a rebuild is filling; kept in the database. */
@Component
public class ViewGenerations {

    private final JdbcTemplate jdbc;

    public ViewGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ViewGenerationState state() {
        return jdbc.queryForObject(
                "select live, building, rebuild_started, rebuild_ended from view_generation where id = 1",
                (row, i) -> new ViewGenerationState(ViewGeneration.of(row.getString(1)),
                        Optional.ofNullable(row.getString(2)).map(ViewGeneration::of).orElse(null),
                        instant(row.getTimestamp(3)), instant(row.getTimestamp(4))));
    }

    public ViewGeneration live() {
        return state().live();
    }

    /** Claims the other generation for a rebuild; {@code false} when a rebuild is already under way. */
    public boolean startBuilding(ViewGeneration target) {
        return jdbc.update("""
                update view_generation set building = ?, rebuild_started = now(), rebuild_ended = null
                where id = 1 and building is null and live <> ?""", key(target), key(target)) == 1;
    }

    /** Makes the rebuilt generation live, in one statement: readers switch atomically. */
    public void promote(ViewGeneration target) {
        jdbc.update("""
                update view_generation set live = building, building = null, rebuild_ended = now()
                where id = 1 and building = ?""", key(target));
    }

    /** Whether the processor of this name should be running: every processor but an idle view generation's. */
    public boolean shouldRun(String processorName) {
        ViewGenerationState state = state();
        return Arrays.stream(ViewGeneration.values())
                .filter(generation -> generation.processorName().equals(processorName))
                .allMatch(generation -> generation == state.live() || generation == state.building());
    }

    private static String key(ViewGeneration generation) {
        return generation.name().toLowerCase();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
