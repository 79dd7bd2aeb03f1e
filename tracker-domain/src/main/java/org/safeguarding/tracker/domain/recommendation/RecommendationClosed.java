package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationClosed(UUID recommendationId, Outcome outcome, String rationale, LocalDate closedOn, UUID supersededBy) implements RecommendationEvent {
}
