package org.safeguarding.tracker.domain.rules;

import java.time.LocalDate;

/** Date order checks shared by the aggregates. */
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
}
