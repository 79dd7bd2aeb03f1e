package org.safeguarding.tracker.projections.views;

import java.util.Comparator;
import java.util.UUID;

/** A theme carried by some recommendation of a review. */
public record ReviewTheme(UUID reviewId, String theme) implements Comparable<ReviewTheme> {

    private static final Comparator<ReviewTheme> ORDER =
            Comparator.comparing(ReviewTheme::reviewId).thenComparing(ReviewTheme::theme);

    @Override
    public int compareTo(ReviewTheme other) {
        return ORDER.compare(this, other);
    }
}
