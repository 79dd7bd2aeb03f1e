package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.AgencyCode;

public record SubmitEvidence(@TargetAggregateIdentifier UUID recommendationId, UUID evidenceId, AgencyCode agency,
                             String summary, String link, LocalDate submittedOn) {
}
