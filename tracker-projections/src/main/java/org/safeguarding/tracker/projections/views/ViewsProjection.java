package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * Keeps the rows behind the board's views in one generation's tables. Each handler writes the facts of its own
 * aggregate (segments process aggregates in parallel); when the batch commits, each recommendation it changed
 * gets its period-shaped rows replaced and the change in its contributions added to the tallies over every
 * board. Inserts are keyed by the event's identity, and a repeated event leaves the facts,
 * and so the rows and tallies, as they were.
 */
public class ViewsProjection {

    private final JdbcTemplate jdbc;
    private final String s;
    private final RecommendationFactsReader facts;
    private final RecommendationRowsWriter rows;
    private final Tallies tallies;

    public ViewsProjection(JdbcTemplate jdbc, ViewGeneration generation) {
        this.jdbc = jdbc;
        this.s = generation.schema();
        this.facts = new RecommendationFactsReader(jdbc, s);
        this.rows = new RecommendationRowsWriter(jdbc, s);
        this.tallies = new Tallies(jdbc, s);
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
        // the board and review reference travel with the event: the review's own events may be in another
        // segment, not yet processed
        changed(event.recommendationId(), () -> jdbc.update("insert into " + s + ".view_recommendation"
                        + " (recommendation_id, review_id, reference, text, raised_on, themes, board, review_reference)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                event.recommendationId(), event.reviewId(), event.reference(), event.text(), event.raisedOn(),
                event.themes().toArray(String[]::new), event.board(), event.reviewReference()));
        event.themes().stream().distinct().forEach(theme ->
                withBatch(batch -> batch.tallies().touched(new ReviewTheme(event.reviewId(), theme))));
    }

    @EventHandler
    void on(RecommendationAssigned event) {
        changed(event.recommendationId(), () -> jdbc.update("insert into " + s + ".view_assignment"
                        + " (recommendation_id, agency, owner, assigned_on, due_on, board)"
                        + " select ?, ?, ?, ?, ?, board from " + s + ".view_recommendation where recommendation_id = ?"
                        + " on conflict do nothing",
                event.recommendationId(), event.agency(), event.owner(), event.assignedOn(), event.dueOn(),
                event.recommendationId()));
    }

    @EventHandler
    void on(DueDateChanged event, @SequenceNumber long sequence) {
        changed(event.recommendationId(), () -> jdbc.update("insert into " + s + ".view_due_date_change"
                        + " (recommendation_id, sequence, agency, changed_on, due_on) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                event.recommendationId(), sequence, event.agency(), event.changedOn(), event.dueOn()));
    }

    @EventHandler
    void on(EvidenceSubmitted event) {
        changed(event.recommendationId(), () -> jdbc.update("insert into " + s + ".view_evidence"
                        + " (evidence_id, recommendation_id, agency, submitted_on) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                event.evidenceId(), event.recommendationId(), event.agency(), event.submittedOn()));
    }

    @EventHandler
    void on(EvidenceAccepted event) {
        changed(event.recommendationId(), () -> {
            decided(event.evidenceId(), event.decidedOn());
            // the first accepted piece completes the assignment; completed assignments stay completed
            jdbc.update("update " + s + ".view_assignment set completed_on = ?"
                            + " where recommendation_id = ? and agency = ? and completed_on is null",
                    event.decidedOn(), event.recommendationId(), event.agency());
        });
    }

    @EventHandler
    void on(EvidenceRejected event) {
        changed(event.recommendationId(), () -> decided(event.evidenceId(), event.decidedOn()));
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
        changed(recommendationId, () -> jdbc.update("insert into " + s + ".view_closure"
                + " (recommendation_id, sequence, happened_on, closed, outcome) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing", recommendationId, sequence, on, closed, outcome));
    }

    /**
     * Writes a fact. The recommendation's rows and its share of the tallies are brought up to date once per
     * batch, when the batch commits: from its rows before the batch's first change to it, to its rows after the
     * last (a replay's batch usually holds a recommendation's whole life).
     */
    private void changed(UUID recommendationId, Runnable writeFact) {
        withBatch(batch -> {
            batch.changing(recommendationId, () -> facts.rows(recommendationId));
            writeFact.run();
        });
    }

    private void withBatch(Consumer<ViewBatch> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            ViewBatch batch = new ViewBatch();
            change.accept(batch);
            write(batch);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        ViewBatch batch = unitOfWork.getOrComputeResource("tracker.views." + s, key -> {
            ViewBatch created = new ViewBatch();
            unitOfWork.onPrepareCommit(committing -> write(created));
            return created;
        });
        change.accept(batch);
    }

    private void write(ViewBatch batch) {
        TallyBatch tallyChanges = batch.tallies();
        batch.forEachChanged((id, before) -> {
            RecommendationRows after = facts.rows(id);
            if (after != null) {
                rows.replace(before, after);
                tallyChanges.add(Contributions.difference(Contributions.of(before), Contributions.of(after)));
            }
        });
        if (!tallyChanges.isEmpty()) {
            tallies.write(tallyChanges);
        }
    }
}
