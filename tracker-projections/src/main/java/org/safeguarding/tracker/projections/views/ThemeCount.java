package org.safeguarding.tracker.projections.views;

public record ThemeCount(String theme, long reviews, long recommendations, long open, long implemented) {
}
