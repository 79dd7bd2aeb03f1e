package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

/** The business date a view is computed for, and the board it is restricted to ({@code null}: every board). */
public record ViewQuery(LocalDate on, String board) {
}
