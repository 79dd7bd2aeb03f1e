package org.safeguarding.tracker.domain.review;

import java.util.UUID;

/** Every event in a review's history. */
public sealed interface ReviewEvent permits ReviewRegistered, ReReferralRecorded {
    UUID reviewId();
}
