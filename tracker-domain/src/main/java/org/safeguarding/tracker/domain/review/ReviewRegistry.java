package org.safeguarding.tracker.domain.review;

import java.util.Optional;
import java.util.UUID;

/**
 * The registered reviews, written in the registering command's transaction. The claim is backed by a
 * unique constraint on (board, reference), so two concurrent registrations cannot both succeed.
 */
public interface ReviewRegistry {

    /** Claims the entry's reference in its board; {@code false} when the reference is already taken. */
    boolean claim(ReviewEntry entry);

    Optional<ReviewEntry> find(UUID reviewId);
}
