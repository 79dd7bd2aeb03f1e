package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitEvidence(@TargetAggregateIdentifier UUID recommendationId, UUID evidenceId, String agency,
                             String summary, String link, LocalDate submittedOn) {
}
