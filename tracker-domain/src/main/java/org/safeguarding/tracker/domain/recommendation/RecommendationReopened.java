package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationReopened(UUID recommendationId, String reason, LocalDate reopenedOn) implements RecommendationEvent {
}
