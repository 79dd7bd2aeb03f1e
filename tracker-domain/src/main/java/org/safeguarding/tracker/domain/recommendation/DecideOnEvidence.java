package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The board's assurance decision on one piece of evidence. */
public record DecideOnEvidence(@TargetAggregateIdentifier UUID recommendationId, UUID evidenceId,
                               AssuranceDecision decision, String note, LocalDate decidedOn) {
}
