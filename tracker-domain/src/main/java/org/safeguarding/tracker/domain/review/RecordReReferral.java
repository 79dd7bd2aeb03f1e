package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links the review, as a re-referral of the same family, to an earlier review of the same board. */
public record RecordReReferral(@TargetAggregateIdentifier UUID reviewId, UUID earlierReviewId, LocalDate referredOn,
                               String note) {
}
