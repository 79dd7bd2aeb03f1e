package org.safeguarding.tracker.projections.views;

/**
 * One of the two table sets the views are kept in: one is live, the other is the target of a rebuild.
 * Each has its own schema and its own streaming processor (and so its own tokens).
 */
public enum ViewGeneration {
    BLUE,
    GREEN;

    public String schema() {
        return "views_" + name().toLowerCase();
    }

    public String processorName() {
        return "tracker-views-" + name().toLowerCase();
    }

    public ViewGeneration other() {
        return this == BLUE ? GREEN : BLUE;
    }

    static ViewGeneration of(String stored) {
        return valueOf(stored.toUpperCase());
    }
}
