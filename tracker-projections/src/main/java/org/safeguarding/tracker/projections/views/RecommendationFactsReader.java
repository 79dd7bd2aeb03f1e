package org.safeguarding.tracker.projections.views;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads one recommendation's facts from a generation's tables (its own rows, written by its own segment). */
final class RecommendationFactsReader {

    private final JdbcTemplate jdbc;
    private final String s;

    RecommendationFactsReader(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.s = schema;
    }

    /** The recommendation's rows, or {@code null} before it is raised. */
    RecommendationRows rows(UUID id) {
        RecommendationFacts facts = facts(id);
        return facts == null ? null : RecommendationRows.of(facts);
    }

    RecommendationFacts facts(UUID id) {
        List<RecommendationFacts> found = jdbc.query("select board, review_id, review_reference, reference,"
                + " raised_on, themes from " + s + ".view_recommendation where recommendation_id = ?",
                (row, i) -> new RecommendationFacts(id, row.getString(1), row.getObject(2, UUID.class),
                        row.getString(3), row.getString(4), row.getObject(5, LocalDate.class), themes(row.getArray(6)),
                        assignments(id), dueChanges(id), closures(id), evidence(id)), id);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<RecommendationFacts.Assignment> assignments(UUID id) {
        return jdbc.query("select agency, owner, assigned_on, due_on, completed_on from " + s + ".view_assignment"
                        + " where recommendation_id = ? order by agency",
                (row, i) -> new RecommendationFacts.Assignment(row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class)), id);
    }

    private List<RecommendationFacts.DueChange> dueChanges(UUID id) {
        return jdbc.query("select agency, sequence, changed_on, due_on from " + s + ".view_due_date_change"
                        + " where recommendation_id = ?",
                (row, i) -> new RecommendationFacts.DueChange(row.getString(1), row.getLong(2),
                        row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)), id);
    }

    private List<StatusTimeline.Change> closures(UUID id) {
        return jdbc.query("select happened_on, sequence, closed, outcome from " + s + ".view_closure"
                        + " where recommendation_id = ?",
                (row, i) -> new StatusTimeline.Change(row.getObject(1, LocalDate.class), row.getLong(2),
                        row.getBoolean(3), row.getString(4)), id);
    }

    private List<RecommendationFacts.Evidence> evidence(UUID id) {
        return jdbc.query("select evidence_id, agency, submitted_on, decided_on from " + s + ".view_evidence"
                        + " where recommendation_id = ? order by evidence_id",
                (row, i) -> new RecommendationFacts.Evidence(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)), id);
    }

    private static List<String> themes(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
