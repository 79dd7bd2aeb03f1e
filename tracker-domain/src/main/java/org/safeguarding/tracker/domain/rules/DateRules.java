package org.safeguarding.tracker.domain.rules;

import java.time.Clock;
import java.time.LocalDate;

/** Date checks shared by the aggregates. */
public final class DateRules {

    private DateRules() {
    }

    /** Refuses {@code date} when it lies before {@code stored}, a date already recorded that it must follow. */
    public static void notBefore(String field, LocalDate date, String storedName, LocalDate stored) {
        if (date.isBefore(stored)) {
            throw new DateOrderException(field,
                    field + " " + date + " is before " + storedName + " " + stored);
        }
    }

    /** Refuses a command whose own {@code later} date lies before its own {@code earlier} date. */
    public static void inOrder(String earlierField, LocalDate earlier, String laterField, LocalDate later) {
        if (later.isBefore(earlier)) {
            throw new InvalidCommandException(laterField,
                    laterField + " " + later + " must not be before " + earlierField + " " + earlier);
        }
    }

    /** Today: the date in the clock's zone (the service's {@code tracker.zone}). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /** Refuses the date of something that happened when it lies after today. */
    public static void notAfterToday(String field, LocalDate date, Clock clock) {
        LocalDate today = today(clock);
        if (date.isAfter(today)) {
            throw new InvalidCommandException(field, field + " " + date + " is after today " + today);
        }
    }

    /** {@code date}, or today when it lies after today: how made-up histories keep to {@link #notAfterToday}. */
    public static LocalDate clampedToToday(LocalDate date, Clock clock) {
        LocalDate today = today(clock);
        return date.isAfter(today) ? today : date;
    }
}
