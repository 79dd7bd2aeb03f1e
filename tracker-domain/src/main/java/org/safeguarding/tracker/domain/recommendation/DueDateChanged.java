package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DueDateChanged(UUID recommendationId, String agency, LocalDate dueOn, String reason, LocalDate changedOn) implements RecommendationEvent {
}
