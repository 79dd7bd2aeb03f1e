package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

/**
 * How tallies bucket business dates. Counts keep day (D), month (M) and year (Y) amounts; histograms keep day
 * and month amounts and, instead of years, a cumulative snapshot (C) of everything before each 1 January from
 * {@link #FIRST_SNAPSHOT_YEAR} up to the key's horizon, which follows its latest date but stops at
 * {@link #LAST_SNAPSHOT_YEAR} (so an absurd far-future date cannot make every later write touch thousands of
 * snapshots). Dates outside those years are still counted, from month and day amounts.
 */
public final class TallyCalendar {

    public static final int FIRST_SNAPSHOT_YEAR = 2000;
    public static final int LAST_SNAPSHOT_YEAR = 2060;

    public static final char DAY = 'D';
    public static final char MONTH = 'M';
    public static final char YEAR = 'Y';
    public static final char SNAPSHOT = 'C';

    private TallyCalendar() {
    }

    public static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    public static LocalDate yearOf(LocalDate date) {
        return date.withDayOfYear(1);
    }

    public static LocalDate january(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The first snapshot year that includes a point dated {@code date}, or {@code null} when none may. */
    public static Integer firstSnapshotIncluding(LocalDate date) {
        int year = date.getYear() + 1;
        return year > LAST_SNAPSHOT_YEAR ? null : Math.max(year, FIRST_SNAPSHOT_YEAR);
    }
}
