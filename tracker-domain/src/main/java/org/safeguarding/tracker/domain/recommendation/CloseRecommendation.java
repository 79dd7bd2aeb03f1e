package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseRecommendation(@TargetAggregateIdentifier UUID recommendationId, Outcome outcome, String rationale,
                                  LocalDate closedOn, UUID supersededBy) {
}
