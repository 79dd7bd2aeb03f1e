package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the tallies over every board as they stand on a business date: per key at most one snapshot, the
 * months of that year before the date's month and the days of that month up to the date.
 */
final class TallyReader {

    private final NamedParameterJdbcTemplate jdbc;

    TallyReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each key's count on {@code on}; keys that never counted are absent. */
    Map<String, Long> counts(String s, Measure measure, LocalDate on) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select h.key, coalesce(sum(x.amount), 0)
                from %1$s.view_tally_horizon h
                cross join lateral (
                    select amount from %1$s.view_tally t
                    where t.measure = h.measure and t.key = h.key and t.level = 'Y' and t.bucket < :year
                    union all
                    select amount from %1$s.view_tally t
                    where t.measure = h.measure and t.key = h.key and t.level = 'M'
                      and t.bucket >= :year and t.bucket < :month
                    union all
                    select amount from %1$s.view_tally t
                    where t.measure = h.measure and t.key = h.key and t.level = 'D'
                      and t.bucket >= :month and t.bucket <= :on
                ) as x
                where h.measure = :measure
                group by h.key""".formatted(s), parameters(measure, on),
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    /**
     * Each key's histogram of values on {@code on}; keys that never counted are absent. The amounts of a value
     * from the snapshot, months and days are added up in the histogram, and each key's come as two arrays in
     * one row: grouping by value in SQL, or a row per value, cost more than the reading (seen over 100 boards:
     * 25 ms grouped, 12 ms a row per value, 7 ms as arrays).
     */
    Map<String, Histogram> histograms(String s, Measure measure, LocalDate on) {
        Map<String, Histogram> histograms = new HashMap<>();
        jdbc.query("""
                select h.key, x.vals, x.amounts
                from %1$s.view_tally_horizon h
                cross join lateral (
                    select make_date(case when least(:onYear, h.year) >= :firstSnapshotYear
                                          then least(:onYear, h.year) end, 1, 1) as bucket) as snapshot
                cross join lateral (
                    select array_agg(part.value) as vals, array_agg(part.amount) as amounts from (
                        select value, amount from %1$s.view_tally t
                        where t.measure = h.measure and t.key = h.key and t.level = 'C' and t.bucket = snapshot.bucket
                        union all
                        select value, amount from %1$s.view_tally t
                        where t.measure = h.measure and t.key = h.key and t.level = 'M'
                          and t.bucket >= coalesce(snapshot.bucket, '-infinity') and t.bucket < :month
                        union all
                        select value, amount from %1$s.view_tally t
                        where t.measure = h.measure and t.key = h.key and t.level = 'D'
                          and t.bucket >= :month and t.bucket <= :on
                    ) as part
                ) as x
                where h.measure = :measure and x.vals is not null""".formatted(s),
                parameters(measure, on).addValue("onYear", on.getYear())
                        .addValue("firstSnapshotYear", TallyCalendar.FIRST_SNAPSHOT_YEAR),
                row -> {
                    Integer[] values = (Integer[]) row.getArray(2).getArray();
                    Long[] amounts = (Long[]) row.getArray(3).getArray();
                    Histogram histogram = histograms.computeIfAbsent(row.getString(1), key -> new Histogram());
                    for (int i = 0; i < values.length; i++) {
                        histogram.add(values[i], amounts[i]);
                    }
                });
        return histograms;
    }

    /**
     * Per key, the earliest "open since" date among its rows that hold on {@code on}: a nearest-neighbour walk
     * of the GiST index that stops at the first row, instead of reading every open row.
     */
    Map<String, LocalDate> oldestOpenSince(String s, Measure measure, LocalDate on) {
        Map<String, LocalDate> oldest = new HashMap<>();
        jdbc.query("""
                select h.key, (select o.since from %1$s.view_open_since o
                               where o.measure = h.measure and o.key = h.key and o.period @> cast(:on as date)
                               order by o.since <-> date '0001-01-01' limit 1)
                from %1$s.view_tally_horizon h
                where h.measure = :measure""".formatted(s), parameters(measure, on),
                row -> {
                    LocalDate since = row.getObject(2, LocalDate.class);
                    if (since != null) {
                        oldest.put(row.getString(1), since);
                    }
                });
        return oldest;
    }

    private static MapSqlParameterSource parameters(Measure measure, LocalDate on) {
        return new MapSqlParameterSource().addValue("measure", measure.code()).addValue("on", on)
                .addValue("year", TallyCalendar.yearOf(on)).addValue("month", TallyCalendar.monthOf(on));
    }
}
