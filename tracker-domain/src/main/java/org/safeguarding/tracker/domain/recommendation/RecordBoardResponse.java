package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The board's formal response to the recommendation, given once. */
public record RecordBoardResponse(@TargetAggregateIdentifier UUID recommendationId, ResponseDecision decision,
                                  String reason, LocalDate respondedOn) {
}
