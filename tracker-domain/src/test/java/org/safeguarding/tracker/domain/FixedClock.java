package org.safeguarding.tracker.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock the aggregate tests inject: half past midnight in London on {@link #TODAY}, still the day
 * before in UTC, so a test accepting {@link #TODAY} proves the rule reads the clock's zone.
 */
public final class FixedClock {

    public static final Clock LONDON = Clock.fixed(Instant.parse("2016-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
    public static final LocalDate TODAY = LocalDate.of(2016, 7, 1);
    public static final LocalDate TOMORROW = LocalDate.of(2016, 7, 2);

    private FixedClock() {
    }
}
