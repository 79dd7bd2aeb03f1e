package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.safeguarding.tracker.projections.views.ViewTableMaintenance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** View tables that changed a lot get fresh statistics and their dead rows reclaimed, autovacuum or not. */
class ViewTableMaintenanceIT extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ViewTableMaintenance maintenance;
    @Autowired
    private ViewGenerations generations;

    @Test
    void aTableWithManyChangedAndDeadRowsIsAnalysedAndVacuumed() {
        String table = generations.live().other().schema() + ".view_re_referral";
        Timestamp start = jdbc.queryForObject("select now()", Timestamp.class);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            links.add(new Object[] {UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2020, 1, 1)});
        }
        jdbc.batchUpdate("insert into " + table + " (review_id, earlier_review_id, referred_on) values (?, ?, ?)", links);
        jdbc.batchUpdate("delete from " + table + " where review_id = ? and earlier_review_id = ? and referred_on = ?",
                links);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            maintenance.maintain();
            Timestamp[] last = jdbc.queryForObject("select greatest(last_analyze, last_autoanalyze),"
                    + " greatest(last_vacuum, last_autovacuum) from pg_stat_user_tables"
                    + " where schemaname || '.' || relname = ?", (row, i) -> new Timestamp[] {row.getTimestamp(1),
                    row.getTimestamp(2)}, table);
            assertThat(last[0]).as("analysed").isNotNull().isAfter(start);
            assertThat(last[1]).as("vacuumed").isNotNull().isAfter(start);
        });
    }

    @Test
    void aRebuiltGenerationHasEveryTableVacuumedBeforeItGoesLive() {
        String schema = generations.live().other().schema();
        Timestamp start = jdbc.queryForObject("select now()", Timestamp.class);

        maintenance.vacuumAll(generations.live().other());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select relname from pg_stat_user_tables where schemaname = ?"
                        + " and (last_vacuum is null or last_vacuum < ?)", String.class, schema, start))
                .as("tables not vacuumed").isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from pg_stat_user_tables where schemaname = ?",
                Integer.class, schema)).isGreaterThan(10);
    }
}
