package org.safeguarding.tracker.domain.recommendation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.tracker.domain.FixedClock;
import org.safeguarding.tracker.domain.InMemoryRegistries;
import org.safeguarding.tracker.domain.rules.DateOrderException;
import org.safeguarding.tracker.domain.rules.InvalidCommandException;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.domain.rules.ReferenceTakenException;
import org.safeguarding.tracker.domain.rules.UnknownReferenceException;
import org.safeguarding.tracker.domain.rules.UnknownResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.CoreMatchers.instanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.safeguarding.tracker.domain.FixedClock.TODAY;
import static org.safeguarding.tracker.domain.FixedClock.TOMORROW;
import static org.safeguarding.tracker.domain.recommendation.RecommendationTestData.*;

class RecommendationTest {

    private final InMemoryRegistries registries = registries();
    private FixtureConfiguration<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        fixture.registerInjectableResource(registries);
        fixture.registerInjectableResource(FixedClock.LONDON);
    }

    @Nested
    class Raising {

        @Test
        void raiseRecommendation_publishesRecommendationRaisedWithTheBoardAndReferenceOfItsReview() {
            fixture.givenNoPriorActivity()
                    .when(raise(List.of("ESCALATION", "VOICE_OF_CHILD"), Priority.HIGH))
                    .expectEvents(new RecommendationRaised(REC, REVIEW, "LSCB-A", "SCR-2014-1", REFERENCE,
                            "ensure an escalation procedure", List.of("ESCALATION", "VOICE_OF_CHILD"), Priority.HIGH,
                            RAISED));

            assertThat(registries.exists(REC)).isTrue();
        }

        @Test
        void raiseRecommendation_withoutPriority_publishesRecommendationRaisedAsNormal() {
            fixture.givenNoPriorActivity()
                    .when(raise(List.of("ESCALATION"), null))
                    .expectEvents(raised());
        }

        @Test
        void raiseRecommendation_withRepeatedThemes_publishesRecommendationRaisedWithEachThemeOnce() {
            fixture.givenNoPriorActivity()
                    .when(raise(List.of("NEGLECT", "ESCALATION", "NEGLECT"), Priority.NORMAL))
                    .expectEvents(raised(List.of("NEGLECT", "ESCALATION"), Priority.NORMAL));
        }

        @Test
        void raiseRecommendation_forAnUnknownReview_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(raise(UUID.randomUUID(), REFERENCE, RAISED))
                    .expectException(UnknownReferenceException.class)
                    .expectNoEvents();
        }

        @Test
        void raiseRecommendation_withoutThemes_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(raise(List.of(), null))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();

            assertThat(registries.exists(REC)).as("the reference is not claimed").isFalse();
        }

        @Test
        void raiseRecommendation_withATakenReference_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(raise(REVIEW, "4.4", RAISED))
                    .expectException(ReferenceTakenException.class)
                    .expectNoEvents();
        }

        @Test
        void raiseRecommendation_raisedToday_publishesRecommendationRaised() {
            fixture.givenNoPriorActivity()
                    .when(raise(REVIEW, REFERENCE, TODAY))
                    .expectEvents(new RecommendationRaised(REC, REVIEW, BOARD, REVIEW_REFERENCE, REFERENCE, "text",
                            List.of("NEGLECT"), Priority.NORMAL, TODAY));
        }

        @Test
        void raiseRecommendation_raisedAfterToday_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(raise(REVIEW, REFERENCE, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("raisedOn "))
                    .expectNoEvents();

            assertThat(registries.exists(REC)).as("the reference is not claimed").isFalse();
        }
    }

    @Nested
    class BoardResponses {

        @Test
        void recordBoardResponse_publishesBoardResponseRecorded() {
            fixture.given(raised())
                    .when(respond(ResponseDecision.ACCEPTED, null, RESPONDED))
                    .expectEvents(responded());
        }

        @Test
        void recordBoardResponse_rejectedWithAReason_publishesBoardResponseRecorded() {
            fixture.given(raised())
                    .when(respond(ResponseDecision.REJECTED, "already covered by 4.1", RAISED))
                    .expectEvents(new BoardResponseRecorded(REC, ResponseDecision.REJECTED, "already covered by 4.1",
                            RAISED));
        }

        @Test
        void recordBoardResponse_twice_isRefused() {
            fixture.given(raised(), responded())
                    .when(respond(ResponseDecision.ACCEPTED, null, RESPONDED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @CsvSource({"PARTIALLY_ACCEPTED,", "REJECTED,", "PARTIALLY_ACCEPTED,'  '", "REJECTED,'  '"})
        void recordBoardResponse_withoutAReasonUnlessAccepted_isRefused(ResponseDecision decision, String reason) {
            fixture.given(raised())
                    .when(respond(decision, reason, RESPONDED))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }

        @Test
        void recordBoardResponse_respondedBeforeRaised_isRefused() {
            fixture.given(raised())
                    .when(respond(ResponseDecision.ACCEPTED, null, RAISED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void recordBoardResponse_respondedToday_publishesBoardResponseRecorded() {
            fixture.given(raised())
                    .when(respond(ResponseDecision.ACCEPTED, null, TODAY))
                    .expectEvents(new BoardResponseRecorded(REC, ResponseDecision.ACCEPTED, null, TODAY));
        }

        @Test
        void recordBoardResponse_respondedAfterToday_isRefused() {
            fixture.given(raised())
                    .when(respond(ResponseDecision.ACCEPTED, null, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("respondedOn "))
                    .expectNoEvents();
        }
    }

    @Nested
    class Assignments {

        @Test
        void assignRecommendation_publishesRecommendationAssigned() {
            fixture.given(raised())
                    .when(assign(A, DUE, ASSIGNED))
                    .expectEvents(assigned(A));
        }

        @Test
        void assignRecommendation_toASecondAgency_publishesRecommendationAssigned() {
            fixture.given(raised(), assigned(A))
                    .when(assign(B, DUE, ASSIGNED))
                    .expectEvents(assigned(B));
        }

        @Test
        void assignRecommendation_dueOnTheDayItIsAssignedOnTheDayItWasRaised_publishesRecommendationAssigned() {
            fixture.given(raised())
                    .when(assign(A, RAISED, RAISED))
                    .expectEvents(new RecommendationAssigned(REC, A, "Head of service", RAISED, RAISED));
        }

        @Test
        void assignRecommendation_toAnUnregisteredAgency_isRefused() {
            fixture.given(raised())
                    .when(assign(UNREGISTERED, DUE, ASSIGNED))
                    .expectException(UnknownReferenceException.class)
                    .expectNoEvents();
        }

        @Test
        void assignRecommendation_toAnAlreadyAssignedAgency_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(assign(A, DUE, ASSIGNED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void assignRecommendation_dueBeforeAssigned_isRefused() {
            fixture.given(raised())
                    .when(assign(A, ASSIGNED.minusDays(1), ASSIGNED))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }

        @Test
        void assignRecommendation_assignedBeforeRaised_isRefused() {
            fixture.given(raised())
                    .when(assign(A, DUE, RAISED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void assignRecommendation_assignedTodayAndDueAfterToday_publishesRecommendationAssigned() {
            fixture.given(raised())
                    .when(assign(A, TOMORROW, TODAY))
                    .expectEvents(new RecommendationAssigned(REC, A, "Head of service", TOMORROW, TODAY));
        }

        @Test
        void assignRecommendation_assignedAfterToday_isRefused() {
            fixture.given(raised())
                    .when(assign(A, TOMORROW, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("assignedOn "))
                    .expectNoEvents();
        }
    }

    @Nested
    class DueDates {

        @Test
        void changeDueDate_publishesDueDateChanged() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, DUE.plusMonths(3), DUE))
                    .expectEvents(dueDateChanged(A, DUE.plusMonths(3), DUE));
        }

        @Test
        void changeDueDate_toTheAssignmentDayOnTheAssignmentDay_publishesDueDateChanged() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, ASSIGNED, ASSIGNED))
                    .expectEvents(dueDateChanged(A, ASSIGNED, ASSIGNED));
        }

        @Test
        void changeDueDate_ofAnUnassignedAgency_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(B, DUE.plusMonths(3), DUE))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void changeDueDate_ofACompletedAssignment_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A), accepted(E1, A))
                    .when(changeDueDate(A, DUE.plusMonths(3), DUE))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void changeDueDate_changedBeforeAssigned_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, DUE.plusMonths(3), ASSIGNED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void changeDueDate_toADueDateBeforeAssigned_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, ASSIGNED.minusDays(1), DUE))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void changeDueDate_changedTodayToADueDateAfterToday_publishesDueDateChanged() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, TOMORROW, TODAY))
                    .expectEvents(dueDateChanged(A, TOMORROW, TODAY));
        }

        @Test
        void changeDueDate_changedAfterToday_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(changeDueDate(A, TOMORROW, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("changedOn "))
                    .expectNoEvents();
        }

        @Test
        void changeDueDate_ofAnUnassignedAgencyOnAClosedRecommendation_isRefusedByTheLifecycle() {
            fixture.given(raised(), assigned(A), closed(Outcome.NOT_IMPLEMENTED))
                    .when(changeDueDate(B, DUE.plusMonths(3), DUE))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class EvidenceSubmission {

        @Test
        void submitEvidence_publishesEvidenceSubmitted() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, A, SUBMITTED))
                    .expectEvents(submitted(E1, A));
        }

        @Test
        void submitEvidence_afterRejectedEvidence_publishesEvidenceSubmitted() {
            fixture.given(raised(), assigned(A), submitted(E1, A), rejected(E1, A, DECIDED))
                    .when(submit(E2, A, DECIDED))
                    .expectEvents(submitted(E2, A, DECIDED));
        }

        @Test
        void submitEvidence_onTheAssignmentDay_publishesEvidenceSubmitted() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, A, ASSIGNED))
                    .expectEvents(submitted(E1, A, ASSIGNED));
        }

        @Test
        void submitEvidence_fromAnUnregisteredAgency_isRefusedAsAnUnknownReference() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, UNREGISTERED, SUBMITTED))
                    .expectException(UnknownReferenceException.class)
                    .expectNoEvents();
        }

        @Test
        void submitEvidence_fromARegisteredButUnassignedAgency_isRefusedByTheLifecycle() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, UNASSIGNED, SUBMITTED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void submitEvidence_forACompletedAssignment_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A), accepted(E1, A))
                    .when(submit(E2, A, DECIDED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void submitEvidence_submittedBeforeAssigned_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, A, ASSIGNED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void submitEvidence_submittedToday_publishesEvidenceSubmitted() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, A, TODAY))
                    .expectEvents(submitted(E1, A, TODAY));
        }

        @Test
        void submitEvidence_submittedAfterToday_isRefused() {
            fixture.given(raised(), assigned(A))
                    .when(submit(E1, A, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("submittedOn "))
                    .expectNoEvents();
        }
    }

    @Nested
    class AssuranceDecisions {

        @Test
        void decideOnEvidence_accepted_publishesEvidenceAccepted() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E1, AssuranceDecision.ACCEPTED, DECIDED))
                    .expectEvents(accepted(E1, A));
        }

        @Test
        void decideOnEvidence_rejected_publishesEvidenceRejected() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E1, AssuranceDecision.REJECTED, SUBMITTED))
                    .expectEvents(rejected(E1, A, SUBMITTED));
        }

        @Test
        void decideOnEvidence_unknownEvidence_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E2, AssuranceDecision.ACCEPTED, DECIDED))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(AssuranceDecision.class)
        void decideOnEvidence_alreadyRejected_isRefused(AssuranceDecision decision) {
            fixture.given(raised(), assigned(A), submitted(E1, A), rejected(E1, A, DECIDED))
                    .when(decide(E1, decision, DECIDED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void decideOnEvidence_alreadyAccepted_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A), accepted(E1, A))
                    .when(decide(E1, AssuranceDecision.ACCEPTED, DECIDED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void decideOnEvidence_decidedBeforeSubmitted_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E1, AssuranceDecision.ACCEPTED, SUBMITTED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void decideOnEvidence_decidedToday_publishesEvidenceAccepted() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E1, AssuranceDecision.ACCEPTED, TODAY))
                    .expectEvents(accepted(E1, A, TODAY));
        }

        @Test
        void decideOnEvidence_decidedAfterToday_isRefused() {
            fixture.given(raised(), assigned(A), submitted(E1, A))
                    .when(decide(E1, AssuranceDecision.ACCEPTED, TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("decidedOn "))
                    .expectNoEvents();
        }

        @Test
        void decideOnEvidence_unknownEvidenceOnAClosedRecommendation_isRefusedByTheLifecycle() {
            fixture.given(raised(), assigned(A), submitted(E1, A), closed(Outcome.NOT_IMPLEMENTED))
                    .when(decide(E2, AssuranceDecision.ACCEPTED, DECIDED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Closure {

        @Test
        void closeRecommendation_implementedWithoutAssignments_publishesRecommendationClosed() {
            fixture.given(raised())
                    .when(close(Outcome.IMPLEMENTED, CLOSED, null))
                    .expectEvents(closed(Outcome.IMPLEMENTED));
        }

        @Test
        void closeRecommendation_implementedWithEveryAssignmentCompleted_publishesRecommendationClosed() {
            fixture.given(raised(), assigned(A), assigned(B), submitted(E1, A), submitted(E2, B),
                            accepted(E1, A), accepted(E2, B))
                    .when(close(Outcome.IMPLEMENTED, CLOSED, null))
                    .expectEvents(closed(Outcome.IMPLEMENTED));
        }

        @Test
        void closeRecommendation_implementedWithAnIncompleteAssignment_isRefused() {
            fixture.given(raised(), assigned(A), assigned(B), submitted(E1, A), accepted(E1, A))
                    .when(close(Outcome.IMPLEMENTED, CLOSED, null))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void closeRecommendation_notImplementedWithAnIncompleteAssignment_publishesRecommendationClosed() {
            fixture.given(raised(), assigned(A))
                    .when(close(Outcome.NOT_IMPLEMENTED, RAISED, null))
                    .expectEvents(closed(Outcome.NOT_IMPLEMENTED, RAISED, null));
        }

        @Test
        void closeRecommendation_supersededByAnotherRecommendation_publishesRecommendationClosed() {
            fixture.given(raised())
                    .when(close(Outcome.SUPERSEDED, CLOSED, OTHER_REC))
                    .expectEvents(closed(Outcome.SUPERSEDED, CLOSED, OTHER_REC));
        }

        @Test
        void closeRecommendation_supersededWithoutSupersededBy_isRefused() {
            fixture.given(raised())
                    .when(close(Outcome.SUPERSEDED, CLOSED, null))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Outcome.class, names = "SUPERSEDED", mode = EnumSource.Mode.EXCLUDE)
        void closeRecommendation_withSupersededByUnlessSuperseded_isRefused(Outcome outcome) {
            fixture.given(raised())
                    .when(close(outcome, CLOSED, OTHER_REC))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }

        @Test
        void closeRecommendation_supersededByItself_isRefused() {
            fixture.given(raised())
                    .when(close(Outcome.SUPERSEDED, CLOSED, REC))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void closeRecommendation_supersededByAnUnknownRecommendation_isRefused() {
            fixture.given(raised())
                    .when(close(Outcome.SUPERSEDED, CLOSED, UUID.randomUUID()))
                    .expectException(UnknownReferenceException.class)
                    .expectNoEvents();
        }

        @Test
        void closeRecommendation_closedBeforeRaised_isRefused() {
            fixture.given(raised())
                    .when(close(Outcome.WITHDRAWN, RAISED.minusDays(1), null))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void closeRecommendation_closedToday_publishesRecommendationClosed() {
            fixture.given(raised())
                    .when(close(Outcome.WITHDRAWN, TODAY, null))
                    .expectEvents(closed(Outcome.WITHDRAWN, TODAY, null));
        }

        @Test
        void closeRecommendation_closedAfterToday_isRefused() {
            fixture.given(raised())
                    .when(close(Outcome.WITHDRAWN, TOMORROW, null))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("closedOn "))
                    .expectNoEvents();
        }
    }

    /** Each command with the event it publishes: valid against the open history, so only a closure stands in its way. */
    static Stream<Arguments> everyCommandButReopening() {
        return Stream.of(
                arguments(respond(ResponseDecision.ACCEPTED, null, RESPONDED), BoardResponseRecorded.class),
                arguments(assign(B, DUE, ASSIGNED), RecommendationAssigned.class),
                arguments(changeDueDate(A, DUE.plusMonths(3), DUE), DueDateChanged.class),
                arguments(submit(E2, A, SUBMITTED), EvidenceSubmitted.class),
                arguments(decide(E1, AssuranceDecision.ACCEPTED, DECIDED), EvidenceAccepted.class),
                arguments(close(Outcome.WITHDRAWN, CLOSED, null), RecommendationClosed.class));
    }

    private static List<Object> openHistory() {
        return List.of(raised(), assigned(A), submitted(E1, A));
    }

    @ParameterizedTest
    @MethodSource("everyCommandButReopening")
    void everyCommandButReopening_onAnOpenRecommendation_publishesItsEvent(Object command, Class<?> event) {
        fixture.given(openHistory())
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(event), andNoMore())));
    }

    @ParameterizedTest
    @MethodSource("everyCommandButReopening")
    void everyCommandButReopening_onAClosedRecommendation_isRefused(Object command, Class<?> event) {
        fixture.given(openHistory())
                .andGiven(closed(Outcome.NOT_IMPLEMENTED))
                .when(command)
                .expectException(LifecycleRuleException.class)
                .expectNoEvents();
    }

    @Nested
    class Reopening {

        @Test
        void reopenRecommendation_publishesRecommendationReopened() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN))
                    .when(reopen(REOPENED))
                    .expectEvents(reopened(REOPENED));
        }

        @Test
        void reopenRecommendation_onTheDayItWasClosed_publishesRecommendationReopened() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN))
                    .when(reopen(CLOSED))
                    .expectEvents(reopened(CLOSED));
        }

        @Test
        void reopenRecommendation_whenOpen_isRefused() {
            fixture.given(raised())
                    .when(reopen(REOPENED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void reopenRecommendation_whenOpenAgainAfterAReopening_isRefused() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN), reopened(REOPENED))
                    .when(reopen(REOPENED))
                    .expectException(LifecycleRuleException.class)
                    .expectNoEvents();
        }

        @Test
        void reopenRecommendation_reopenedBeforeClosed_isRefused() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN))
                    .when(reopen(CLOSED.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void reopenRecommendation_reopenedBeforeTheLastClosureOfACycle_isRefused() {
            var secondClosure = REOPENED.plusMonths(6);
            fixture.given(raised(), closed(Outcome.WITHDRAWN), reopened(REOPENED),
                            closed(Outcome.NOT_IMPLEMENTED, secondClosure, null))
                    .when(reopen(secondClosure.minusDays(1)))
                    .expectException(DateOrderException.class)
                    .expectNoEvents();
        }

        @Test
        void reopenRecommendation_reopenedToday_publishesRecommendationReopened() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN))
                    .when(reopen(TODAY))
                    .expectEvents(reopened(TODAY));
        }

        @Test
        void reopenRecommendation_reopenedAfterToday_isRefused() {
            fixture.given(raised(), closed(Outcome.WITHDRAWN))
                    .when(reopen(TOMORROW))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage(startsWith("reopenedOn "))
                    .expectNoEvents();
        }

        @Test
        void submitEvidence_afterAReopening_publishesEvidenceSubmitted() {
            fixture.given(raised(), assigned(A), closed(Outcome.NOT_IMPLEMENTED), reopened(REOPENED))
                    .when(submit(E1, A, REOPENED))
                    .expectEvents(submitted(E1, A, REOPENED));
        }
    }
}
