package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;

public record AgencyOutstanding(String agency, String agencyName, long open, long overdue, long dueWithin30Days,
                                LocalDate oldestOpenSince) {
}
