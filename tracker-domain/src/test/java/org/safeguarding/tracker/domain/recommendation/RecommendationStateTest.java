package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.tracker.domain.recommendation.AssignmentStatus.COMPLETED;
import static org.safeguarding.tracker.domain.recommendation.AssignmentStatus.ENDED;
import static org.safeguarding.tracker.domain.recommendation.AssignmentStatus.EVIDENCE_SUBMITTED;
import static org.safeguarding.tracker.domain.recommendation.AssignmentStatus.OPEN;
import static org.safeguarding.tracker.domain.recommendation.RecommendationTestData.*;

class RecommendationStateTest {

    private static final LocalDate A_DECIDED = LocalDate.of(2014, 5, 20);
    private static final LocalDate B_NEW_DUE = LocalDate.of(2014, 9, 30);
    private static final LocalDate B_DECIDED = LocalDate.of(2014, 8, 10);
    private static final LocalDate SECOND_CLOSURE = LocalDate.of(2015, 6, 1);

    /** Folds events one by one, remembering them so the whole history can be folded at once too. */
    private final List<RecommendationEvent> history = new ArrayList<>();
    private RecommendationState state;

    private RecommendationState apply(RecommendationEvent event) {
        history.add(event);
        state = RecommendationState.fold(state, event);
        assertThat(state.version()).as("version after %s", event).isEqualTo(history.size());
        return state;
    }

    private static Assignment assignment(RecommendationState state, String agency) {
        return state.assignmentOf(agency).orElseThrow();
    }

    private static Evidence evidence(RecommendationState state, UUID evidenceId) {
        return state.evidence(evidenceId).orElseThrow();
    }

    private void assertAssignment(String agency, AssignmentStatus status, LocalDate completedOn) {
        assertThat(assignment(state, agency))
                .extracting(Assignment::status, Assignment::completedOn)
                .as("assignment of %s at version %d", agency, state.version())
                .containsExactly(status, completedOn);
    }

    @Test
    void foldsTheFullLifeOfARecommendation() {
        apply(raised());
        assertThat(state.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(state.response()).isNull();
        assertThat(state.assignments()).isEmpty();
        assertThat(state.evidence()).isEmpty();

        apply(responded());
        assertThat(state.response()).isEqualTo(new BoardResponse(ResponseDecision.ACCEPTED, null, RESPONDED));

        apply(assigned(A));
        assertAssignment(A, OPEN, null);

        apply(assigned(B));
        assertThat(state.assignments()).extracting(Assignment::agency).containsExactly(A, B);
        assertAssignment(B, OPEN, null);

        apply(submitted(E1, A));
        assertAssignment(A, EVIDENCE_SUBMITTED, null);
        assertAssignment(B, OPEN, null);
        assertThat(evidence(state, E1).assurance()).isEqualTo(Assurance.PENDING);

        apply(rejected(E1, A, DECIDED));
        assertAssignment(A, OPEN, null);
        assertThat(evidence(state, E1)).extracting(Evidence::assurance, Evidence::decidedOn)
                .containsExactly(Assurance.REJECTED, DECIDED);

        apply(submitted(E2, A, DECIDED));
        assertAssignment(A, EVIDENCE_SUBMITTED, null);
        assertThat(evidence(state, E2).assurance()).isEqualTo(Assurance.PENDING);

        apply(accepted(E2, A, A_DECIDED));
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, OPEN, null);
        assertThat(evidence(state, E1).assurance()).isEqualTo(Assurance.REJECTED);
        assertThat(evidence(state, E2)).extracting(Evidence::assurance, Evidence::decidedOn)
                .containsExactly(Assurance.ACCEPTED, A_DECIDED);

        apply(dueDateChanged(B, B_NEW_DUE, DUE));
        assertThat(assignment(state, B).dueOn()).isEqualTo(B_NEW_DUE);
        assertThat(assignment(state, A).dueOn()).isEqualTo(DUE);
        assertAssignment(B, OPEN, null);

        apply(submitted(E3, B, LocalDate.of(2014, 8, 1)));
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, EVIDENCE_SUBMITTED, null);

        apply(accepted(E3, B, B_DECIDED));
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, COMPLETED, B_DECIDED);
        assertThat(evidence(state, E3).assurance()).isEqualTo(Assurance.ACCEPTED);
        assertThat(state.status()).isEqualTo(RecommendationStatus.OPEN);

        apply(closed(Outcome.IMPLEMENTED));
        assertThat(state.status()).isEqualTo(RecommendationStatus.CLOSED);
        assertThat(state.outcome()).isEqualTo(Outcome.IMPLEMENTED);
        assertThat(state.closedOn()).isEqualTo(CLOSED);
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, COMPLETED, B_DECIDED);

        apply(reopened(REOPENED));
        assertThat(state.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(state.outcome()).isNull();
        assertThat(state.closedOn()).isNull();
        assertThat(state.supersededBy()).isNull();
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, COMPLETED, B_DECIDED);

        apply(closed(Outcome.PARTIALLY_IMPLEMENTED, SECOND_CLOSURE, null));
        assertThat(state.status()).isEqualTo(RecommendationStatus.CLOSED);
        assertThat(state.outcome()).isEqualTo(Outcome.PARTIALLY_IMPLEMENTED);
        assertThat(state.closedOn()).isEqualTo(SECOND_CLOSURE);
        assertAssignment(A, COMPLETED, A_DECIDED);
        assertAssignment(B, COMPLETED, B_DECIDED);
        assertThat(state.response()).isEqualTo(new BoardResponse(ResponseDecision.ACCEPTED, null, RESPONDED));
        assertThat(state.evidence()).extracting(Evidence::evidenceId).containsExactly(E1, E2, E3);

        assertThat(RecommendationState.fold(history)).isEqualTo(state);
    }

    @Test
    void closingEndsTheIncompleteAssignmentsAndReopeningRestoresThem() {
        apply(raised());
        apply(assigned(A));
        apply(assigned(B));
        apply(assigned(UNASSIGNED));
        apply(submitted(E1, A));
        apply(accepted(E1, A));
        apply(submitted(E2, B));

        apply(closed(Outcome.PARTIALLY_IMPLEMENTED));
        assertAssignment(A, COMPLETED, DECIDED);
        assertAssignment(B, ENDED, null);
        assertAssignment(UNASSIGNED, ENDED, null);
        assertThat(evidence(state, E2).assurance()).isEqualTo(Assurance.PENDING);

        apply(reopened(REOPENED));
        assertAssignment(A, COMPLETED, DECIDED);
        assertAssignment(B, EVIDENCE_SUBMITTED, null);
        assertAssignment(UNASSIGNED, OPEN, null);
    }

    @Test
    void reopeningClearsTheSupersession() {
        apply(raised());
        apply(closed(Outcome.SUPERSEDED, CLOSED, OTHER_REC));
        assertThat(state.supersededBy()).isEqualTo(OTHER_REC);
        assertThat(state.outcome()).isEqualTo(Outcome.SUPERSEDED);

        apply(reopened(REOPENED));
        assertThat(state.supersededBy()).isNull();
        assertThat(state.outcome()).isNull();
        assertThat(state.closedOn()).isNull();
        assertThat(state.status()).isEqualTo(RecommendationStatus.OPEN);
    }

    @Test
    void aSecondAcceptedPieceKeepsTheFirstCompletionDate() {
        apply(raised());
        apply(assigned(A));
        apply(submitted(E1, A));
        apply(submitted(E2, A));
        apply(accepted(E1, A, DECIDED));
        assertAssignment(A, COMPLETED, DECIDED);

        apply(accepted(E2, A, DECIDED.plusDays(5)));
        assertAssignment(A, COMPLETED, DECIDED);
    }
}
