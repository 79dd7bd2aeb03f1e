package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.safeguarding.tracker.domain.agency.AgencyRegistered;
import org.safeguarding.tracker.domain.agency.AgencyRenamed;
import org.safeguarding.tracker.domain.recommendation.DueDateChanged;
import org.safeguarding.tracker.domain.recommendation.EvidenceAccepted;
import org.safeguarding.tracker.domain.recommendation.EvidenceRejected;
import org.safeguarding.tracker.domain.recommendation.EvidenceSubmitted;
import org.safeguarding.tracker.domain.recommendation.RecommendationAssigned;
import org.safeguarding.tracker.domain.recommendation.RecommendationClosed;
import org.safeguarding.tracker.domain.recommendation.RecommendationRaised;
import org.safeguarding.tracker.domain.recommendation.RecommendationReopened;
import org.safeguarding.tracker.domain.review.ReReferralRecorded;
import org.safeguarding.tracker.domain.review.ReviewRegistered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the interval-shaped rows behind the board's views in one generation's tables. Each handler writes
 * only rows of its own aggregate (segments process aggregates in parallel), and is idempotent: rows are
 * keyed by the event's identity, so a replayed or retried batch changes nothing.
 */
public class ViewsProjection {

    private final JdbcTemplate jdbc;
    private final ViewGeneration generation;
    private final String s;

    public ViewsProjection(JdbcTemplate jdbc, ViewGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.s = generation.schema();
    }

    public ViewGeneration generation() {
        return generation;
    }

    @EventHandler
    void on(AgencyRegistered event) {
        upsertAgency(event.code(), event.name());
    }

    @EventHandler
    void on(AgencyRenamed event) {
        upsertAgency(event.code(), event.name());
    }

    @EventHandler
    void on(ReviewRegistered event) {
        jdbc.update("insert into " + s + ".view_review (review_id, board, reference) values (?, ?, ?)"
                + " on conflict do nothing", event.reviewId(), event.board(), event.reference());
    }

    @EventHandler
    void on(ReReferralRecorded event) {
        jdbc.update("insert into " + s + ".view_re_referral (review_id, earlier_review_id, referred_on)"
                + " values (?, ?, ?) on conflict do nothing", event.reviewId(), event.earlierReviewId(),
                event.referredOn());
    }

    @EventHandler
    void on(RecommendationRaised event) {
        jdbc.update("insert into " + s + ".view_recommendation"
                        + " (recommendation_id, review_id, reference, text, raised_on, themes)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                event.recommendationId(), event.reviewId(), event.reference(), event.text(), event.raisedOn(),
                event.themes().toArray(String[]::new));
        refreshPeriods(event.recommendationId());
    }

    @EventHandler
    void on(RecommendationAssigned event) {
        jdbc.update("insert into " + s + ".view_assignment"
                        + " (recommendation_id, agency, owner, assigned_on, due_on) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                event.recommendationId(), event.agency(), event.owner(), event.assignedOn(), event.dueOn());
        refreshPeriods(event.recommendationId());
    }

    @EventHandler
    void on(DueDateChanged event, @SequenceNumber long sequence) {
        jdbc.update("insert into " + s + ".view_due_date_change"
                        + " (recommendation_id, sequence, agency, changed_on, due_on) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                event.recommendationId(), sequence, event.agency(), event.changedOn(), event.dueOn());
    }

    @EventHandler
    void on(EvidenceSubmitted event) {
        jdbc.update("insert into " + s + ".view_evidence (evidence_id, recommendation_id, agency, submitted_on)"
                        + " values (?, ?, ?, ?) on conflict do nothing",
                event.evidenceId(), event.recommendationId(), event.agency(), event.submittedOn());
    }

    @EventHandler
    void on(EvidenceAccepted event) {
        decided(event.evidenceId(), event.decidedOn());
        // the first accepted piece completes the assignment; completed assignments stay completed
        jdbc.update("update " + s + ".view_assignment set completed_on = ?"
                        + " where recommendation_id = ? and agency = ? and completed_on is null",
                event.decidedOn(), event.recommendationId(), event.agency());
        refreshPeriods(event.recommendationId());
    }

    @EventHandler
    void on(EvidenceRejected event) {
        decided(event.evidenceId(), event.decidedOn());
    }

    @EventHandler
    void on(RecommendationClosed event, @SequenceNumber long sequence) {
        closureOrReopening(event.recommendationId(), sequence, event.closedOn(), true, event.outcome().name());
    }

    @EventHandler
    void on(RecommendationReopened event, @SequenceNumber long sequence) {
        closureOrReopening(event.recommendationId(), sequence, event.reopenedOn(), false, null);
    }

    private void upsertAgency(String code, String name) {
        jdbc.update("insert into " + s + ".view_agency (code, name) values (?, ?)"
                + " on conflict (code) do update set name = excluded.name", code, name);
    }

    private void decided(UUID evidenceId, LocalDate decidedOn) {
        jdbc.update("update " + s + ".view_evidence set decided_on = ? where evidence_id = ?", decidedOn, evidenceId);
    }

    private void closureOrReopening(UUID recommendationId, long sequence, LocalDate on,
                                    boolean closed, String outcome) {
        jdbc.update("insert into " + s + ".view_closure"
                        + " (recommendation_id, sequence, happened_on, closed, outcome) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing", recommendationId, sequence, on, closed, outcome);
        refreshPeriods(recommendationId);
    }

    /**
     * Recomputes the recommendation's status periods and its assignments' open periods from its own rows
     * (written by its earlier events, in this segment): deterministic, so a replay writes the same rows.
     */
    private void refreshPeriods(UUID recommendationId) {
        List<LocalDate> raised = jdbc.queryForList("select raised_on from " + s + ".view_recommendation"
                + " where recommendation_id = ?", LocalDate.class, recommendationId);
        if (raised.isEmpty()) {
            return;
        }
        List<StatusTimeline.Change> changes = jdbc.query("select happened_on, sequence, closed, outcome from " + s
                        + ".view_closure where recommendation_id = ?",
                (row, i) -> new StatusTimeline.Change(row.getObject(1, LocalDate.class), row.getLong(2),
                        row.getBoolean(3), row.getString(4)), recommendationId);
        List<StatusTimeline.Period> statuses = StatusTimeline.statusPeriods(raised.get(0), changes);
        jdbc.update("delete from " + s + ".view_status_period where recommendation_id = ?", recommendationId);
        jdbc.batchUpdate("insert into " + s + ".view_status_period"
                        + " (recommendation_id, valid_from, valid_until, closed, outcome, closed_on) values (?, ?, ?, ?, ?, ?)",
                statuses.stream().map(p -> new Object[] {recommendationId, p.from(), p.until(), p.closed(), p.outcome(),
                        p.closedOn()}).toList());
        jdbc.update("delete from " + s + ".view_open_period where recommendation_id = ?", recommendationId);
        List<Object[]> open = new ArrayList<>();
        jdbc.query("select agency, assigned_on, completed_on from " + s + ".view_assignment"
                + " where recommendation_id = ?", row -> {
            for (StatusTimeline.Period period : StatusTimeline.openPeriods(row.getObject(2, LocalDate.class),
                    row.getObject(3, LocalDate.class), statuses)) {
                open.add(new Object[] {recommendationId, row.getString(1), period.from(), period.until()});
            }
        }, recommendationId);
        jdbc.batchUpdate("insert into " + s + ".view_open_period (recommendation_id, agency, open_from, open_until)"
                + " values (?, ?, ?, ?)", open);
    }
}
