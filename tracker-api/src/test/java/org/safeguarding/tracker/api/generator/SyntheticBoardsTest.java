package org.safeguarding.tracker.api.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.FixedClock;
import org.safeguarding.tracker.domain.InMemoryRegistries;
import org.safeguarding.tracker.domain.recommendation.Recommendation;
import org.safeguarding.tracker.domain.review.Review;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated histories are ones the domain accepts, command by command, on the clock they were made for. */
class SyntheticBoardsTest {

    private final InMemoryRegistries registries = new InMemoryRegistries();

    @Test
    void everyGeneratedCommand_isAcceptedByTheAggregates() {
        SyntheticBoards.AGENCIES.forEach(agency -> registries.withAgency(agency.value()));
        List<SyntheticBoards.ReviewHistory> reviews = new SyntheticBoards(7, FixedClock.LONDON)
                .reviews(200, 3, "T");

        int recommendations = 0;
        int reReferrals = 0;
        for (SyntheticBoards.ReviewHistory review : reviews) {
            FixtureConfiguration<Review> fixture = fixture(Review.class);
            if (review.reReferral() == null) {
                fixture.givenNoPriorActivity().when(review.review()).expectSuccessfulHandlerExecution();
            } else {
                fixture.givenCommands(review.review()).when(review.reReferral()).expectSuccessfulHandlerExecution();
                reReferrals++;
            }
            for (List<Object> life : review.recommendations()) {
                fixture(Recommendation.class).givenCommands(life.subList(0, life.size() - 1))
                        .when(life.get(life.size() - 1))
                        .expectSuccessfulHandlerExecution();
                recommendations++;
            }
        }
        assertThat(recommendations).isEqualTo(200);
        assertThat(reReferrals).as("re-referrals are among them").isPositive();
    }

    @Test
    void datesThatWouldLieAfterToday_areMadeToday() {
        List<LocalDate> dates = new ArrayList<>();
        new SyntheticBoards(7, FixedClock.LONDON).reviews(200, 3, "T").stream()
                .flatMap(review -> review.recommendations().stream()).flatMap(List::stream)
                .forEach(command -> datesOf(command).forEach(dates::add));

        assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date).isBeforeOrEqualTo(FixedClock.TODAY))
                .as("the generator reaches today, so clamping is exercised").contains(FixedClock.TODAY);
    }

    private <T> FixtureConfiguration<T> fixture(Class<T> aggregate) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(registries);
        fixture.registerInjectableResource(FixedClock.LONDON);
        return fixture;
    }

    /** The dates of what happened a command carries: every LocalDate component but dueOn. */
    private static Stream<LocalDate> datesOf(Object command) {
        return Stream.of(command.getClass().getRecordComponents())
                .filter(component -> component.getType() == LocalDate.class && !component.getName().equals("dueOn"))
                .map(component -> {
                    try {
                        return (LocalDate) component.getAccessor().invoke(command);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
