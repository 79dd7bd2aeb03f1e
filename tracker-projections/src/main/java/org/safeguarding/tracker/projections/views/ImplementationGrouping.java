package org.safeguarding.tracker.projections.views;

public enum ImplementationGrouping {
    AGENCY,
    THEME,
    REVIEW,
    BOARD
}
