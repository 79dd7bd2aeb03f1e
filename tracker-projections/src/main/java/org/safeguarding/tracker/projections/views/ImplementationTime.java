package org.safeguarding.tracker.projections.views;

/** Time to implementation of one key: percentiles as PostgreSQL percentile_cont, all null when none completed. */
public record ImplementationTime(String key, long completed, Double medianDays, Double p90Days, Double meanDays,
                                 long open, Long oldestOpenDays) {
}
