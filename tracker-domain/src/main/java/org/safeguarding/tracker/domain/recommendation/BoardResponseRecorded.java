package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BoardResponseRecorded(UUID recommendationId, ResponseDecision decision, String reason, LocalDate respondedOn) implements RecommendationEvent {
}
