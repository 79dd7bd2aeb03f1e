package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

/** What other aggregates may know of a review: its identity, natural key and commissioning date. */
public record ReviewEntry(UUID reviewId, String board, String reference, LocalDate commissionedOn) {
}
