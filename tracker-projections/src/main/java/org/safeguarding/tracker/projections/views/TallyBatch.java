package org.safeguarding.tracker.projections.views;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tally changes of one batch of events, written together when the batch commits: amounts on the same
 * bucket add up first, and the writes go in one global order, so two segments' batches never deadlock.
 */
public final class TallyBatch {

    private final Map<TallyPoint, Long> points = new HashMap<>();
    private final SortedSet<ReviewTheme> reviewThemes = new TreeSet<>();

    public void add(Map<TallyPoint, Long> difference) {
        difference.forEach((point, amount) -> points.merge(point, amount, Long::sum));
    }

    /** The theme's first raising in the review may have moved; it is settled when the batch is written. */
    public void touched(ReviewTheme reviewTheme) {
        reviewThemes.add(reviewTheme);
    }

    Map<TallyPoint, Long> points() {
        return points;
    }

    SortedSet<ReviewTheme> reviewThemes() {
        return reviewThemes;
    }

    boolean isEmpty() {
        return points.isEmpty() && reviewThemes.isEmpty();
    }
}
