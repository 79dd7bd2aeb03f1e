package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationRaised(UUID recommendationId, UUID reviewId, String reference, String text, List<String> themes, Priority priority, LocalDate raisedOn) implements RecommendationEvent {
}
