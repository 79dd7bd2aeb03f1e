package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a recommendation's closures and reopenings, by business date, into the periods of its status, and
 * an assignment's dates into the periods in which it is open. On a date with several changes the last one
 * recorded holds; a change dated D holds on D.
 */
public final class StatusTimeline {

    /** A closure ({@code closed}) or reopening, with its business date and its place in the recording order. */
    public record Change(LocalDate on, long sequence, boolean closed, String outcome) {
    }

    /** The status from {@code from} (inclusive) until {@code until} (exclusive; {@code null}: ever after). */
    public record Period(LocalDate from, LocalDate until, boolean closed, String outcome, LocalDate closedOn) {
    }

    private StatusTimeline() {
    }

    public static List<Period> statusPeriods(LocalDate raisedOn, List<Change> changes) {
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(Change::on).thenComparingLong(Change::sequence));
        List<Period> periods = new ArrayList<>();
        LocalDate from = raisedOn;
        Change current = null;
        for (int i = 0; i < ordered.size(); i++) {
            Change change = ordered.get(i);
            boolean lastOfItsDate = i + 1 == ordered.size() || !ordered.get(i + 1).on().equals(change.on());
            if (!lastOfItsDate) {
                continue;
            }
            if (change.on().isAfter(from)) {
                periods.add(period(from, change.on(), current));
                from = change.on();
            }
            current = change;
        }
        periods.add(period(from, null, current));
        return periods;
    }

    /** The parts of [assignedOn, completedOn) in which the recommendation is not closed. */
    public static List<Period> openPeriods(LocalDate assignedOn, LocalDate completedOn, List<Period> statuses) {
        List<Period> open = new ArrayList<>();
        for (Period status : statuses) {
            if (status.closed()) {
                continue;
            }
            LocalDate from = later(status.from(), assignedOn);
            LocalDate until = earlier(status.until(), completedOn);
            if (until == null || from.isBefore(until)) {
                open.add(new Period(from, until, false, null, null));
            }
        }
        return open;
    }

    private static Period period(LocalDate from, LocalDate until, Change status) {
        boolean closed = status != null && status.closed();
        return new Period(from, until, closed, closed ? status.outcome() : null, closed ? status.on() : null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two ends, where {@code null} is ever after. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
