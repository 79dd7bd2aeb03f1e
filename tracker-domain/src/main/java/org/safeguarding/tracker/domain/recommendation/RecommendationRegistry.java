package org.safeguarding.tracker.domain.recommendation;

import java.util.UUID;

/**
 * The raised recommendations, written in the raising command's transaction. The claim is backed by a
 * unique constraint on (review, reference), so two concurrent raises cannot both take a reference.
 */
public interface RecommendationRegistry {

    /** Claims the reference inside the review; {@code false} when it is already taken. */
    boolean claim(UUID recommendationId, UUID reviewId, String reference);

    boolean exists(UUID recommendationId);
}
