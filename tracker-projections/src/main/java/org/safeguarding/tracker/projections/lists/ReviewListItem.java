package org.safeguarding.tracker.projections.lists;

import java.time.LocalDate;
import java.util.UUID;

import org.safeguarding.tracker.domain.review.ReviewKind;

/** A review with the counts of its open and closed recommendations. */
public record ReviewListItem(UUID reviewId, String board, String reference, ReviewKind kind, String title,
                             LocalDate commissionedOn, LocalDate publishedOn, long open, long closed) {
}
