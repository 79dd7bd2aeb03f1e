package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReReferralRecorded(UUID reviewId, UUID earlierReviewId, LocalDate referredOn, String note)
        implements ReviewEvent {
}
