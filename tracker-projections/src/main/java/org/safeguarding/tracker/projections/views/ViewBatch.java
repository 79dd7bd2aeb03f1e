package org.safeguarding.tracker.projections.views;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What one batch of events changed in a generation, written when the batch commits: the recommendations it
 * changed, each with its rows as they were before the batch's first change to it, and the tally changes of
 * its reviews' themes. Recommendations are written in identifier order.
 */
final class ViewBatch {

    /** A recommendation's rows before the batch; {@code rows} is {@code null} when it was not yet raised. */
    private record Before(RecommendationRows rows) {
    }

    private final SortedMap<UUID, Before> changed = new TreeMap<>();
    private final TallyBatch tallies = new TallyBatch();

    /** Notes a change to come; the rows before it are read only at the batch's first change to the recommendation. */
    void changing(UUID recommendationId, Supplier<RecommendationRows> rowsBefore) {
        changed.computeIfAbsent(recommendationId, id -> new Before(rowsBefore.get()));
    }

    /** Each changed recommendation, in identifier order, with its rows before the batch ({@code null} when not yet raised). */
    void forEachChanged(BiConsumer<UUID, RecommendationRows> action) {
        changed.forEach((id, before) -> action.accept(id, before.rows()));
    }

    TallyBatch tallies() {
        return tallies;
    }
}
