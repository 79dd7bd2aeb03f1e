package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReviewRegistered(UUID reviewId, String board, String reference, ReviewKind kind, String title,
                               LocalDate commissionedOn, LocalDate publishedOn) implements ReviewEvent {
}
