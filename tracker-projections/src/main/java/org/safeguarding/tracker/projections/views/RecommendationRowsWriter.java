package org.safeguarding.tracker.projections.views;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Replaces a recommendation's period-shaped rows in a generation when they changed. */
final class RecommendationRowsWriter {

    private final JdbcTemplate jdbc;
    private final String s;

    RecommendationRowsWriter(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.s = schema;
    }

    void replace(RecommendationRows before, RecommendationRows after) {
        UUID id = after.facts().id();
        if (before == null || !before.statuses().equals(after.statuses())) {
            statuses(id, after);
        }
        if (before == null || !before.openItems().equals(after.openItems())) {
            openItems(id, after);
        }
        if (before == null || !before.pendingEvidence().equals(after.pendingEvidence())) {
            pendingEvidence(id, after);
        }
        if (before == null || !before.statuses().equals(after.statuses())
                || !before.openPeriods().equals(after.openPeriods())) {
            openSince(id, after);
        }
    }

    private void statuses(UUID id, RecommendationRows rows) {
        RecommendationFacts facts = rows.facts();
        replace(id, "view_recommendation_period", "(recommendation_id, board, review_id,"
                        + " themes, raised_on, period, closed, implemented, days)"
                        + " values (?, ?, ?, ?, ?, daterange(cast(? as date), cast(? as date)), ?, ?, ?)",
                rows.statuses().stream().map(status -> new Object[] {id, facts.board(), facts.reviewId(),
                        facts.themes().toArray(String[]::new), facts.raisedOn(),
                        status.from(), status.until(), status.closed(),
                        status.closed() && "IMPLEMENTED".equals(status.outcome()),
                        status.closed() ? (int) (status.closedOn().toEpochDay() - facts.raisedOn().toEpochDay())
                                : null}).toList());
    }

    private void openItems(UUID id, RecommendationRows rows) {
        RecommendationFacts facts = rows.facts();
        replace(id, "view_open_item", "(recommendation_id, agency, period, board,"
                        + " recommendation_reference, review_id, review_reference, owner, assigned_on, due_on,"
                        + " first_evidence_on) values (?, ?, daterange(cast(? as date), cast(? as date)), ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.openItems().stream().map(item -> new Object[] {id, item.assignment().agency(),
                        item.span().from(), item.span().until(), facts.board(), facts.reference(), facts.reviewId(),
                        facts.reviewReference(), item.assignment().owner(), item.assignment().assignedOn(),
                        item.dueOn(), item.firstEvidenceOn()}).toList());
    }

    private void pendingEvidence(UUID id, RecommendationRows rows) {
        RecommendationFacts facts = rows.facts();
        replace(id, "view_pending_evidence", "(evidence_id, period, recommendation_id,"
                        + " board, recommendation_reference, review_reference, agency, submitted_on)"
                        + " values (?, daterange(cast(? as date), cast(? as date)), ?, ?, ?, ?, ?, ?)",
                rows.pendingEvidence().stream().map(pending -> new Object[] {pending.evidence().id(),
                        pending.span().from(), pending.span().until(), id, facts.board(), facts.reference(), facts.reviewReference(),
                        pending.evidence().agency(), pending.evidence().submittedOn()}).toList());
    }

    private void openSince(UUID id, RecommendationRows rows) {
        RecommendationFacts facts = rows.facts();
        List<Object[]> open = new ArrayList<>();
        for (RecommendationRows.OpenPeriod period : rows.openPeriods()) {
            open.add(new Object[] {id, Measure.OPEN.code(), period.assignment().agency(), period.span().from(), period.span().until(),
                    period.assignment().assignedOn()});
        }
        for (StatusTimeline.Period status : rows.statuses()) {
            if (status.closed()) {
                continue;
            }
            open.add(new Object[] {id, Measure.OPEN_BY_BOARD.code(), facts.board(), status.from(), status.until(),
                    facts.raisedOn()});
            facts.themes().stream().distinct().forEach(theme -> open.add(new Object[] {id,
                    Measure.OPEN_BY_THEME.code(), theme, status.from(), status.until(), facts.raisedOn()}));
        }
        replace(id, "view_open_since", "(recommendation_id, measure, key, period, since)"
                + " values (?, ?, ?, daterange(cast(? as date), cast(? as date)), ?)", open);
    }

    /** Deletes the recommendation's rows of a table and inserts {@code rows} into it. */
    private void replace(UUID id, String table, String columnsAndValues, List<Object[]> rows) {
        jdbc.update("delete from " + s + "." + table + " where recommendation_id = ?", id);
        jdbc.batchUpdate("insert into " + s + "." + table + " " + columnsAndValues, rows);
    }
}
