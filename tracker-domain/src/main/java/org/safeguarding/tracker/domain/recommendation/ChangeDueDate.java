package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeDueDate(@TargetAggregateIdentifier UUID recommendationId, String agency, LocalDate dueOn,
                            String reason, LocalDate changedOn) {
}
