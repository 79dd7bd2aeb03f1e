package org.safeguarding.tracker.projections.views;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the view tables' planner statistics fresh, their dead rows reclaimed and their visibility maps set,
 * whether or not the server runs autovacuum. A replay fills emptied tables fast: with an empty table's
 * statistics the planner picks plans that scan whole tables for each event, and a server with autovacuum off
 * (seen on this project's machines) would never correct them. The views over every board read the tallies with
 * index-only scans, which visit the heap for every page not marked all-visible by a vacuum: so a table is
 * vacuumed after 5% of its rows were inserted or died, more eagerly than autovacuum's 20%. Harmless beside
 * autovacuum and across instances: at worst a table is vacuumed or analysed twice.
 */
@Component
public class ViewTableMaintenance {

    private static final Logger log = LoggerFactory.getLogger(ViewTableMaintenance.class);
    private static final String IN_VIEW_SCHEMAS = Arrays.stream(ViewGeneration.values())
            .map(generation -> "'" + generation.schema() + "'")
            .collect(Collectors.joining(", ", "schemaname in (", ")"));

    private final JdbcTemplate jdbc;

    public ViewTableMaintenance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${tracker.views.maintenance-interval:PT10S}",
            fixedDelayString = "${tracker.views.maintenance-interval:PT10S}")
    public void maintain() {
        tables(IN_VIEW_SCHEMAS + " and (n_dead_tup > 50 + 0.05 * n_live_tup"
                + " or n_ins_since_vacuum > 1000 + 0.05 * n_live_tup)").forEach(table -> run("vacuum analyze " + table));
        tables(IN_VIEW_SCHEMAS + " and n_mod_since_analyze > 50 + 0.1 * n_live_tup")
                .forEach(table -> run("analyze " + table));
    }

    /** Vacuums and analyses every table of a generation: a rebuilt generation goes live with its visibility map set. */
    public void vacuumAll(ViewGeneration generation) {
        tables("schemaname = ?", generation.schema()).forEach(table -> run("vacuum analyze " + table));
    }

    private List<String> tables(String condition, Object... arguments) {
        return jdbc.queryForList("select quote_ident(schemaname) || '.' || quote_ident(relname)"
                + " from pg_stat_user_tables where " + condition, String.class, arguments);
    }

    private void run(String statement) {
        try {
            jdbc.execute(statement);
        } catch (RuntimeException e) {
            // a table dropped or locked by a migration: the next round tries again
            log.warn("{} failed: {}", statement, e.getMessage());
        }
    }
}
