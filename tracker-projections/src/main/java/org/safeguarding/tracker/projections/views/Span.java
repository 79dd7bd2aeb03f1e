package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

/**
 * Business dates from {@code from} (inclusive; {@code null}: ever before) until {@code until} (exclusive;
 * {@code null}: ever after).
 */
public record Span(LocalDate from, LocalDate until) {

    /** The dates in both spans, or {@code null} when they share none. */
    public Span intersect(Span other) {
        LocalDate start = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        LocalDate end = until == null ? other.until
                : other.until == null || until.isBefore(other.until) ? until : other.until;
        return start == null || end == null || start.isBefore(end) ? new Span(start, end) : null;
    }
}
