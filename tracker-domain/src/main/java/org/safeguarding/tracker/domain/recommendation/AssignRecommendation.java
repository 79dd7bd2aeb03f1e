package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.AgencyCode;

/** Turns the recommendation into an agency's action with an owner role and a due date. */
public record AssignRecommendation(@TargetAggregateIdentifier UUID recommendationId, AgencyCode agency, String owner,
                                   LocalDate dueOn, LocalDate assignedOn) {
}
