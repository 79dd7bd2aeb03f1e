package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

/** An amount of a measure for a key that takes effect on a business date (and holds ever after). */
public record TallyPoint(Measure measure, String key, LocalDate on, int value) {
}
