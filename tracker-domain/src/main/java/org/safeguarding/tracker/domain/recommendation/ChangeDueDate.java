package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.AgencyCode;

public record ChangeDueDate(@TargetAggregateIdentifier UUID recommendationId, AgencyCode agency, LocalDate dueOn,
                            String reason, LocalDate changedOn) {
}
