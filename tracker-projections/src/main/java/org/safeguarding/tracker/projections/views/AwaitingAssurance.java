package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.UUID;

public record AwaitingAssurance(UUID recommendationId, String recommendationReference, String reviewReference,
                                String agency, UUID evidenceId, LocalDate submittedOn) {
}
