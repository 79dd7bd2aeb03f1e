package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EvidenceSubmitted(UUID recommendationId, UUID evidenceId, String agency, String summary, String link, LocalDate submittedOn) implements RecommendationEvent {
}
