package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

/** The two windows the contract's views are defined by, each stated once, for the queries and the tallies alike. */
public final class Thresholds {

    /** An open assignment is due soon on D when {@code D <= due date <= D + DUE_SOON_DAYS}. */
    public static final int DUE_SOON_DAYS = 30;
    /** An open assignment lacks evidence on D when assigned more than this many days before D, none submitted. */
    public static final int NO_EVIDENCE_DAYS = 90;

    private Thresholds() {
    }

    /** The latest due date that is due soon on {@code on}. */
    public static LocalDate lastDueSoon(LocalDate on) {
        return on.plusDays(DUE_SOON_DAYS);
    }

    /** The first date on which an assignment due on {@code dueOn} is due soon. */
    public static LocalDate firstDueSoonDate(LocalDate dueOn) {
        return dueOn.minusDays(DUE_SOON_DAYS);
    }

    /** Whether an assignment made on {@code assignedOn} is, on {@code on}, long enough open to need evidence. */
    public static boolean evidenceOverdue(LocalDate assignedOn, LocalDate on) {
        return assignedOn.isBefore(on.minusDays(NO_EVIDENCE_DAYS));
    }
}
