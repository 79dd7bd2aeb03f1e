package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.BoardCode;

public record RegisterReview(@TargetAggregateIdentifier UUID reviewId, BoardCode board, String reference,
                             ReviewKind kind, String title, LocalDate commissionedOn, LocalDate publishedOn) {
}
