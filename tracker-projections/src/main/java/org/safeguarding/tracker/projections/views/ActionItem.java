package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.UUID;

/** An agency's open action on a recommendation on the view's date, with its due date on that date. */
public record ActionItem(UUID recommendationId, String recommendationReference, UUID reviewId, String reviewReference,
                         String agency, String owner, LocalDate assignedOn, LocalDate dueOn, boolean overdue) {
}
