package org.safeguarding.tracker.projections.views;

/**
 * What a running tally over every board counts, by business date. A histogram also keeps the values (days)
 * its percentiles are taken over.
 */
public enum Measure {
    /** Assignments open, by agency. */
    OPEN("open", false),
    /** Open assignments past their due date, by agency. */
    OVERDUE("overdue", false),
    /** Open assignments due within {@link Thresholds#DUE_SOON_DAYS}, by agency. */
    DUE_SOON("due-soon", false),
    /** Assignments completed, by agency; value: days from assignment to completion. */
    COMPLETED("completed", true),
    /** Recommendations raised and not closed, by theme. */
    OPEN_BY_THEME("open-by-theme", false),
    /** Recommendations raised and not closed, by board. */
    OPEN_BY_BOARD("open-by-board", false),
    /** Recommendations closed IMPLEMENTED, by theme; value: days from raising to closure. */
    IMPLEMENTED_BY_THEME("implemented-by-theme", true),
    /** Recommendations closed IMPLEMENTED, by board; value: days from raising to closure. */
    IMPLEMENTED_BY_BOARD("implemented-by-board", true),
    /** Recommendations raised, by theme. */
    RAISED_BY_THEME("raised-by-theme", false),
    /** Reviews that have raised a recommendation with the theme, by theme. */
    REVIEWS_BY_THEME("reviews-by-theme", false);

    private final String code;
    private final boolean histogram;

    Measure(String code, boolean histogram) {
        this.code = code;
        this.histogram = histogram;
    }

    public String code() {
        return code;
    }

    public boolean histogram() {
        return histogram;
    }
}
