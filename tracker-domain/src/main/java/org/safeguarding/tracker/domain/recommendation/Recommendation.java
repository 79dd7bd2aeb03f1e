package org.safeguarding.tracker.domain.recommendation;

import java.time.Clock;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.safeguarding.tracker.domain.code.Theme;
import org.safeguarding.tracker.domain.review.ReviewEntry;
import org.safeguarding.tracker.domain.review.ReviewRegistry;
import org.safeguarding.tracker.domain.rules.DateRules;
import org.safeguarding.tracker.domain.rules.InvalidCommandException;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.domain.rules.ReferenceTakenException;
import org.safeguarding.tracker.domain.rules.UnknownReferenceException;
import org.safeguarding.tracker.domain.rules.UnknownResourceException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a review recommended, followed until it is done and proven. Every rule is checked before the
 * event is applied; the event-sourcing handler only folds the event into the state.
 */
public class Recommendation {

    @AggregateIdentifier
    private UUID recommendationId;
    private RecommendationState state;

    protected Recommendation() {
        // for Axon
    }

    @CommandHandler
    public Recommendation(RaiseRecommendation command, ReviewRegistry reviews, RecommendationRegistry registry,
                          Clock clock) {
        DateRules.notAfterToday("raisedOn", command.raisedOn(), clock);
        ReviewEntry review = reviews.find(command.reviewId())
                .orElseThrow(() -> new UnknownReferenceException("reviewId", "no review " + command.reviewId()));
        if (command.themes().isEmpty()) {
            throw new InvalidCommandException("themes", "a recommendation carries at least one theme");
        }
        if (!registry.claim(command.recommendationId(), command.reviewId(), command.reference())) {
            throw new ReferenceTakenException("reference",
                    "the review already has a recommendation with reference " + command.reference());
        }
        Priority priority = command.priority() == null ? Priority.NORMAL : command.priority();
        apply(new RecommendationRaised(command.recommendationId(), command.reviewId(), review.board(),
                review.reference(), command.reference(), command.text(),
                command.themes().stream().map(Theme::value).distinct().toList(), priority, command.raisedOn()));
    }

    @CommandHandler
    public void handle(RecordBoardResponse command, Clock clock) {
        DateRules.notAfterToday("respondedOn", command.respondedOn(), clock);
        requireOpen();
        if (state.response() != null) {
            throw new LifecycleRuleException("the board has already responded to this recommendation");
        }
        if (command.decision() != ResponseDecision.ACCEPTED && isBlank(command.reason())) {
            throw new InvalidCommandException("reason", "a reason is required unless the decision is ACCEPTED");
        }
        DateRules.notBefore("respondedOn", command.respondedOn(), "raisedOn", state.raisedOn());
        apply(new BoardResponseRecorded(recommendationId, command.decision(), command.reason(),
                command.respondedOn()));
    }

    @CommandHandler
    public void handle(AssignRecommendation command, AgencyRegistry agencies, Clock clock) {
        DateRules.notAfterToday("assignedOn", command.assignedOn(), clock);
        requireOpen();
        DateRules.inOrder("assignedOn", command.assignedOn(), "dueOn", command.dueOn());
        if (!agencies.isRegistered(command.agency())) {
            throw new UnknownReferenceException("agency", "no registered agency " + command.agency());
        }
        if (state.assignmentOf(command.agency().value()).isPresent()) {
            throw new LifecycleRuleException("agency",
                    "the recommendation is already assigned to " + command.agency());
        }
        DateRules.notBefore("assignedOn", command.assignedOn(), "raisedOn", state.raisedOn());
        apply(new RecommendationAssigned(recommendationId, command.agency().value(), command.owner(), command.dueOn(),
                command.assignedOn()));
    }

    @CommandHandler
    public void handle(ChangeDueDate command, Clock clock) {
        DateRules.notAfterToday("changedOn", command.changedOn(), clock);
        requireOpen();
        Assignment assignment = state.assignmentOf(command.agency().value())
                .orElseThrow(() -> new UnknownResourceException(
                        "the recommendation has no assignment for agency " + command.agency()));
        if (assignment.isCompleted()) {
            throw new LifecycleRuleException("the assignment of " + command.agency() + " is already completed");
        }
        DateRules.notBefore("changedOn", command.changedOn(), "the assignment's assignedOn",
                assignment.assignedOn());
        DateRules.notBefore("dueOn", command.dueOn(), "the assignment's assignedOn", assignment.assignedOn());
        apply(new DueDateChanged(recommendationId, command.agency().value(), command.dueOn(), command.reason(),
                command.changedOn()));
    }

    @CommandHandler
    public void handle(SubmitEvidence command, AgencyRegistry agencies, Clock clock) {
        DateRules.notAfterToday("submittedOn", command.submittedOn(), clock);
        requireOpen();
        Assignment assignment = state.assignmentOf(command.agency().value()).orElseThrow(() ->
                agencies.isRegistered(command.agency())
                        ? new LifecycleRuleException("agency", "evidence comes only from an assigned agency; "
                        + command.agency() + " is not assigned to this recommendation")
                        : new UnknownReferenceException("agency", "no registered agency " + command.agency()));
        if (assignment.isCompleted()) {
            throw new LifecycleRuleException("agency", "the assignment of " + command.agency()
                    + " is already completed");
        }
        DateRules.notBefore("submittedOn", command.submittedOn(), "the assignment's assignedOn",
                assignment.assignedOn());
        apply(new EvidenceSubmitted(recommendationId, command.evidenceId(), command.agency().value(), command.summary(),
                command.link(), command.submittedOn()));
    }

    @CommandHandler
    public void handle(DecideOnEvidence command, Clock clock) {
        DateRules.notAfterToday("decidedOn", command.decidedOn(), clock);
        requireOpen();
        Evidence evidence = state.evidence(command.evidenceId())
                .orElseThrow(() -> new UnknownResourceException("no evidence " + command.evidenceId()
                        + " on this recommendation"));
        if (!evidence.isPending()) {
            throw new LifecycleRuleException("the board has already decided on evidence " + command.evidenceId());
        }
        DateRules.notBefore("decidedOn", command.decidedOn(), "the evidence's submittedOn", evidence.submittedOn());
        if (command.decision() == AssuranceDecision.ACCEPTED) {
            apply(new EvidenceAccepted(recommendationId, evidence.evidenceId(), evidence.agency(), command.note(),
                    command.decidedOn()));
        } else {
            apply(new EvidenceRejected(recommendationId, evidence.evidenceId(), evidence.agency(), command.note(),
                    command.decidedOn()));
        }
    }

    @CommandHandler
    public void handle(CloseRecommendation command, RecommendationRegistry recommendations, Clock clock) {
        DateRules.notAfterToday("closedOn", command.closedOn(), clock);
        requireOpen();
        requireSupersessionConsistent(command, recommendations);
        if (command.outcome() == Outcome.IMPLEMENTED
                && !state.assignments().stream().allMatch(Assignment::isCompleted)) {
            throw new LifecycleRuleException("outcome",
                    "closing as IMPLEMENTED needs every assignment completed");
        }
        DateRules.notBefore("closedOn", command.closedOn(), "raisedOn", state.raisedOn());
        apply(new RecommendationClosed(recommendationId, command.outcome(), command.rationale(), command.closedOn(),
                command.supersededBy()));
    }

    @CommandHandler
    public void handle(ReopenRecommendation command, Clock clock) {
        DateRules.notAfterToday("reopenedOn", command.reopenedOn(), clock);
        if (!state.isClosed()) {
            throw new LifecycleRuleException("only a closed recommendation can be reopened");
        }
        DateRules.notBefore("reopenedOn", command.reopenedOn(), "the last closedOn", state.closedOn());
        apply(new RecommendationReopened(recommendationId, command.reason(), command.reopenedOn()));
    }

    private void requireSupersessionConsistent(CloseRecommendation command, RecommendationRegistry registry) {
        boolean superseded = command.outcome() == Outcome.SUPERSEDED;
        if (superseded && command.supersededBy() == null) {
            throw new InvalidCommandException("supersededBy", "a SUPERSEDED closure names the superseding recommendation");
        }
        if (!superseded && command.supersededBy() != null) {
            throw new InvalidCommandException("supersededBy", "only a SUPERSEDED closure names supersededBy");
        }
        if (superseded && command.supersededBy().equals(recommendationId)) {
            throw new LifecycleRuleException("supersededBy", "a recommendation cannot supersede itself");
        }
        if (superseded && !registry.exists(command.supersededBy())) {
            throw new UnknownReferenceException("supersededBy", "no recommendation " + command.supersededBy());
        }
    }

    private void requireOpen() {
        if (state.isClosed()) {
            throw new LifecycleRuleException("the recommendation is closed; only a reopening is accepted");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(RecommendationEvent event) {
        state = RecommendationState.fold(state, event);
        recommendationId = state.recommendationId();
    }
}
