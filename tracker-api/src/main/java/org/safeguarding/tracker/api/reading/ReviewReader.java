package org.safeguarding.tracker.api.reading;

import java.util.Optional;
import java.util.UUID;

import org.safeguarding.tracker.domain.review.ReviewEvent;
import org.safeguarding.tracker.domain.review.ReviewState;
import org.springframework.stereotype.Component;

/** A review's state folded from the event store: consistent on return. */
@Component
public class ReviewReader {

    private final AggregateHistory history;

    public ReviewReader(AggregateHistory history) {
        this.history = history;
    }

    public Optional<ReviewState> current(UUID reviewId) {
        return history.fold(reviewId, ReviewEvent.class, ReviewState::fold, AggregateHistory.all());
    }
}
