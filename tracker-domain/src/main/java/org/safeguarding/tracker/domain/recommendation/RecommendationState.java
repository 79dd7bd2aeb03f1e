package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A recommendation as its events describe it. The one fold used by the aggregate to check rules, by
 * {@code GET /recommendations/{id}} (current and {@code asOf}) and by the list projection.
 * {@code version} is the number of events folded in.
 */
public record RecommendationState(UUID recommendationId, UUID reviewId, String reference, String text,
                                  List<String> themes, Priority priority, LocalDate raisedOn, BoardResponse response,
                                  RecommendationStatus status, Outcome outcome, LocalDate closedOn, UUID supersededBy,
                                  List<Assignment> assignments, List<Evidence> evidence, long version) {

    public RecommendationState {
        themes = List.copyOf(themes);
        assignments = List.copyOf(assignments);
        evidence = List.copyOf(evidence);
    }

    public static RecommendationState fold(List<? extends RecommendationEvent> events) {
        RecommendationState state = null;
        for (RecommendationEvent event : events) {
            state = fold(state, event);
        }
        return state;
    }

    /** Folds one event into the state; {@code state} is {@code null} before the first event. */
    public static RecommendationState fold(RecommendationState state, RecommendationEvent event) {
        if (event instanceof RecommendationRaised raised) {
            return new RecommendationState(raised.recommendationId(), raised.reviewId(), raised.reference(),
                    raised.text(), raised.themes(), raised.priority(), raised.raisedOn(), null,
                    RecommendationStatus.OPEN, null, null, null, List.of(), List.of(), 1);
        }
        return state.evolve(event).withDerivedAssignmentStatuses(state.version + 1);
    }

    private RecommendationState evolve(RecommendationEvent event) {
        if (event instanceof BoardResponseRecorded e) {
            return with(new BoardResponse(e.decision(), e.reason(), e.respondedOn()), status, outcome, closedOn,
                    supersededBy, assignments, evidence);
        }
        if (event instanceof RecommendationAssigned e) {
            return withAssignments(append(assignments, new Assignment(e.agency(), e.owner(), e.assignedOn(),
                    e.dueOn(), AssignmentStatus.OPEN, null)));
        }
        if (event instanceof DueDateChanged e) {
            return withAssignments(replace(assignments, a -> a.agency().equals(e.agency()),
                    a -> a.withDueOn(e.dueOn())));
        }
        if (event instanceof EvidenceSubmitted e) {
            return withEvidence(append(evidence, new Evidence(e.evidenceId(), e.agency(), e.summary(), e.link(),
                    e.submittedOn(), Assurance.PENDING, null, null)));
        }
        if (event instanceof EvidenceAccepted e) {
            return with(response, status, outcome, closedOn, supersededBy,
                    replace(assignments, a -> a.agency().equals(e.agency()), a -> a.completedOn(e.decidedOn())),
                    replace(evidence, ev -> ev.evidenceId().equals(e.evidenceId()),
                            ev -> ev.decided(Assurance.ACCEPTED, e.decidedOn(), e.note())));
        }
        if (event instanceof EvidenceRejected e) {
            return withEvidence(replace(evidence, ev -> ev.evidenceId().equals(e.evidenceId()),
                    ev -> ev.decided(Assurance.REJECTED, e.decidedOn(), e.note())));
        }
        if (event instanceof RecommendationClosed e) {
            return with(response, RecommendationStatus.CLOSED, e.outcome(), e.closedOn(), e.supersededBy(),
                    assignments, evidence);
        }
        if (event instanceof RecommendationReopened) {
            return with(response, RecommendationStatus.OPEN, null, null, null, assignments, evidence);
        }
        throw new IllegalArgumentException("not a recommendation event: " + event);
    }

    private RecommendationState withDerivedAssignmentStatuses(long newVersion) {
        return new RecommendationState(recommendationId, reviewId, reference, text, themes, priority, raisedOn,
                response, status, outcome, closedOn, supersededBy,
                assignments.stream().map(a -> a.withStatus(statusOf(a))).toList(), evidence, newVersion);
    }

    private AssignmentStatus statusOf(Assignment assignment) {
        if (assignment.isCompleted()) {
            return AssignmentStatus.COMPLETED;
        }
        if (isClosed()) {
            return AssignmentStatus.ENDED;
        }
        boolean awaitingDecision = evidence.stream()
                .anyMatch(e -> e.agency().equals(assignment.agency()) && e.isPending());
        return awaitingDecision ? AssignmentStatus.EVIDENCE_SUBMITTED : AssignmentStatus.OPEN;
    }

    public boolean isClosed() {
        return status == RecommendationStatus.CLOSED;
    }

    public Optional<Assignment> assignmentOf(String agency) {
        return assignments.stream().filter(a -> a.agency().equals(agency)).findFirst();
    }

    public Optional<Evidence> evidence(UUID evidenceId) {
        return evidence.stream().filter(e -> e.evidenceId().equals(evidenceId)).findFirst();
    }

    private RecommendationState withAssignments(List<Assignment> newAssignments) {
        return with(response, status, outcome, closedOn, supersededBy, newAssignments, evidence);
    }

    private RecommendationState withEvidence(List<Evidence> newEvidence) {
        return with(response, status, outcome, closedOn, supersededBy, assignments, newEvidence);
    }

    private RecommendationState with(BoardResponse newResponse, RecommendationStatus newStatus, Outcome newOutcome,
                                     LocalDate newClosedOn, UUID newSupersededBy, List<Assignment> newAssignments,
                                     List<Evidence> newEvidence) {
        return new RecommendationState(recommendationId, reviewId, reference, text, themes, priority, raisedOn,
                newResponse, newStatus, newOutcome, newClosedOn, newSupersededBy, newAssignments, newEvidence,
                version);
    }

    private static <T> List<T> append(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        return list.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }
}
