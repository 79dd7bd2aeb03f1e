package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterReview(@TargetAggregateIdentifier UUID reviewId, String board, String reference, ReviewKind kind,
                             String title, LocalDate commissionedOn, LocalDate publishedOn) {
}
