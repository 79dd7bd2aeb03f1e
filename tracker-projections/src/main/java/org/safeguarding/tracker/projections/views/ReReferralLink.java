package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ReReferralLink(UUID reviewId, String reviewReference, UUID earlierReviewId,
                             String earlierReviewReference, LocalDate referredOn,
                             List<OpenRecommendation> openAtReferral) {

    /** One of the earlier review's recommendations still open on the re-referral date. */
    public record OpenRecommendation(UUID recommendationId, String reference, String text) {
    }
}
