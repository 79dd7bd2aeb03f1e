package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationAssigned(UUID recommendationId, String agency, String owner, LocalDate dueOn, LocalDate assignedOn) implements RecommendationEvent {
}
