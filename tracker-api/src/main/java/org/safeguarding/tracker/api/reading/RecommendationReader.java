package org.safeguarding.tracker.api.reading;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.tracker.domain.recommendation.RecommendationEvent;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.springframework.stereotype.Component;

/** A recommendation's state folded from the event store: consistent on return, and at any past instant. */
@Component
public class RecommendationReader {

    private final AggregateHistory history;

    public RecommendationReader(AggregateHistory history) {
        this.history = history;
    }

    public Optional<RecommendationState> current(UUID recommendationId) {
        return fold(recommendationId, AggregateHistory.all());
    }

    /** As it was recorded at {@code instant}; empty when it had not been raised by then. */
    public Optional<RecommendationState> asOf(UUID recommendationId, Instant instant) {
        return fold(recommendationId, AggregateHistory.recordedAtOrBefore(instant));
    }

    /** Right after the event with this sequence number: the answer to the command that recorded it. */
    public RecommendationState afterSequence(UUID recommendationId, long sequence) {
        return fold(recommendationId, AggregateHistory.upToSequence(sequence)).orElseThrow();
    }

    private Optional<RecommendationState> fold(UUID id, Predicate<DomainEventMessage<?>> which) {
        return history.fold(id, RecommendationEvent.class, RecommendationState::fold, which);
    }
}
