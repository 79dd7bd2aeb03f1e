package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenRecommendation(@TargetAggregateIdentifier UUID recommendationId, String reason,
                                   LocalDate reopenedOn) {
}
