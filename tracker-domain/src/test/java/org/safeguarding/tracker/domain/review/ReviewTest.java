package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.FixedClock;
import org.safeguarding.tracker.domain.InMemoryRegistries;
import org.safeguarding.tracker.domain.code.BoardCode;
import org.safeguarding.tracker.domain.rules.DateOrderException;
import org.safeguarding.tracker.domain.rules.InvalidCommandException;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.domain.rules.ReferenceTakenException;
import org.safeguarding.tracker.domain.rules.UnknownReferenceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.safeguarding.tracker.domain.FixedClock.TODAY;
import static org.safeguarding.tracker.domain.FixedClock.TOMORROW;

class ReviewTest {

    private static final String BOARD = "LSCB-A";
    private static final UUID REVIEW = UUID.randomUUID();
    private static final UUID EARLIER = UUID.randomUUID();
    private static final UUID OTHER_EARLIER = UUID.randomUUID();
    private static final UUID OTHER_BOARD_REVIEW = UUID.randomUUID();
    private static final LocalDate EARLIER_COMMISSIONED = LocalDate.of(2011, 3, 1);
    private static final LocalDate COMMISSIONED = LocalDate.of(2014, 6, 1);
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 2, 1);
    private static final LocalDate REFERRED = LocalDate.of(2014, 5, 12);

    private final InMemoryRegistries registries = new InMemoryRegistries()
            .withReview(new ReviewEntry(EARLIER, BOARD, "MAR-2011-1", EARLIER_COMMISSIONED))
            .withReview(new ReviewEntry(OTHER_EARLIER, BOARD, "MAR-2012-4", EARLIER_COMMISSIONED))
            .withReview(new ReviewEntry(OTHER_BOARD_REVIEW, "LSCB-B", "SCR-2010-2", EARLIER_COMMISSIONED));
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
        fixture.registerInjectableResource(registries);
        fixture.registerInjectableResource(FixedClock.LONDON);
    }

    private static RegisterReview register(String reference, LocalDate publishedOn) {
        return register(reference, COMMISSIONED, publishedOn);
    }

    private static RegisterReview register(String reference, LocalDate commissionedOn, LocalDate publishedOn) {
        return new RegisterReview(REVIEW, new BoardCode(BOARD), reference, ReviewKind.SCR, "Child M", commissionedOn,
                publishedOn);
    }

    private static ReviewRegistered registered() {
        return new ReviewRegistered(REVIEW, BOARD, "SCR-2014-1", ReviewKind.SCR, "Child M", COMMISSIONED, PUBLISHED);
    }

    private static RecordReReferral reReferral(UUID earlier, LocalDate referredOn) {
        return new RecordReReferral(REVIEW, earlier, referredOn, "family re-referred");
    }

    @Test
    void registerReview_publishesReviewRegistered() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", PUBLISHED))
                .expectEvents(registered());

        assertThat(registries.find(REVIEW))
                .contains(new ReviewEntry(REVIEW, BOARD, "SCR-2014-1", COMMISSIONED));
    }

    @Test
    void registerReview_withoutPublishedOn_publishesReviewRegistered() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", null))
                .expectEvents(new ReviewRegistered(REVIEW, BOARD, "SCR-2014-1", ReviewKind.SCR, "Child M",
                        COMMISSIONED, null));
    }

    @Test
    void registerReview_withATakenReference_isRefused() {
        fixture.givenNoPriorActivity()
                .when(register("MAR-2011-1", PUBLISHED))
                .expectException(ReferenceTakenException.class)
                .expectNoEvents();
    }

    @Test
    void registerReview_publishedBeforeCommissioned_isRefused() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", COMMISSIONED.minusDays(1)))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();

        assertThat(registries.find(REVIEW)).as("the reference is not claimed").isEmpty();
    }

    @Test
    void registerReview_commissionedAndPublishedToday_publishesReviewRegistered() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", TODAY, TODAY))
                .expectEvents(new ReviewRegistered(REVIEW, BOARD, "SCR-2014-1", ReviewKind.SCR, "Child M", TODAY,
                        TODAY));
    }

    @Test
    void registerReview_commissionedAfterToday_isRefused() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", TOMORROW, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(startsWith("commissionedOn "))
                .expectNoEvents();

        assertThat(registries.find(REVIEW)).as("the reference is not claimed").isEmpty();
    }

    @Test
    void registerReview_publishedAfterToday_isRefused() {
        fixture.givenNoPriorActivity()
                .when(register("SCR-2014-1", TOMORROW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(startsWith("publishedOn "))
                .expectNoEvents();
    }

    @Test
    void recordReReferral_publishesReReferralRecorded() {
        fixture.given(registered())
                .when(reReferral(EARLIER, REFERRED))
                .expectEvents(new ReReferralRecorded(REVIEW, EARLIER, REFERRED, "family re-referred"));
    }

    @Test
    void recordReReferral_onTheEarlierReviewsCommissioningDay_publishesReReferralRecorded() {
        fixture.given(registered())
                .when(reReferral(EARLIER, EARLIER_COMMISSIONED))
                .expectEvents(new ReReferralRecorded(REVIEW, EARLIER, EARLIER_COMMISSIONED, "family re-referred"));
    }

    @Test
    void recordReReferral_toASecondEarlierReview_publishesReReferralRecorded() {
        fixture.given(registered(), new ReReferralRecorded(REVIEW, EARLIER, REFERRED, null))
                .when(reReferral(OTHER_EARLIER, REFERRED))
                .expectEvents(new ReReferralRecorded(REVIEW, OTHER_EARLIER, REFERRED, "family re-referred"));
    }

    @Test
    void recordReReferral_ofItself_isRefused() {
        registries.withReview(new ReviewEntry(REVIEW, BOARD, "SCR-2014-1", COMMISSIONED));

        fixture.given(registered())
                .when(reReferral(REVIEW, REFERRED.plusYears(1)))
                .expectException(LifecycleRuleException.class)
                .expectNoEvents();
    }

    @Test
    void recordReReferral_ofAnUnknownReview_isRefused() {
        fixture.given(registered())
                .when(reReferral(UUID.randomUUID(), REFERRED))
                .expectException(UnknownReferenceException.class)
                .expectNoEvents();
    }

    @Test
    void recordReReferral_ofAnotherBoardsReview_isRefused() {
        fixture.given(registered())
                .when(reReferral(OTHER_BOARD_REVIEW, REFERRED))
                .expectException(LifecycleRuleException.class)
                .expectNoEvents();
    }

    @Test
    void recordReReferral_ofAnAlreadyLinkedReview_isRefused() {
        fixture.given(registered(), new ReReferralRecorded(REVIEW, EARLIER, REFERRED, null))
                .when(reReferral(EARLIER, REFERRED))
                .expectException(LifecycleRuleException.class)
                .expectNoEvents();
    }

    @Test
    void recordReReferral_referredBeforeTheEarlierReviewWasCommissioned_isRefused() {
        fixture.given(registered())
                .when(reReferral(EARLIER, EARLIER_COMMISSIONED.minusDays(1)))
                .expectException(DateOrderException.class)
                .expectNoEvents();
    }

    @Test
    void recordReReferral_referredToday_publishesReReferralRecorded() {
        fixture.given(registered())
                .when(reReferral(EARLIER, TODAY))
                .expectEvents(new ReReferralRecorded(REVIEW, EARLIER, TODAY, "family re-referred"));
    }

    @Test
    void recordReReferral_referredAfterToday_isRefused() {
        fixture.given(registered())
                .when(reReferral(EARLIER, TOMORROW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(startsWith("referredOn "))
                .expectNoEvents();
    }
}
