package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EvidenceRejected(UUID recommendationId, UUID evidenceId, String agency, String note, LocalDate decidedOn) implements RecommendationEvent {
}
