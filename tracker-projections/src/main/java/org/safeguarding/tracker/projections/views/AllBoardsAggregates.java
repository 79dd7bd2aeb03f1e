package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The aggregate views over every board, from the tallies: their cost follows the number of keys (agencies,
 * themes, boards) and the calendar, not the number of recommendations or how many are open.
 */
final class AllBoardsAggregates {

    private final NamedParameterJdbcTemplate jdbc;
    private final TallyReader tallies;

    AllBoardsAggregates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tallies = new TallyReader(jdbc);
    }

    List<AgencyOutstanding> outstandingByAgency(String s, LocalDate on) {
        Map<String, Long> open = tallies.counts(s, Measure.OPEN, on);
        Map<String, Long> overdue = tallies.counts(s, Measure.OVERDUE, on);
        Map<String, Long> dueSoon = tallies.counts(s, Measure.DUE_SOON, on);
        Map<String, LocalDate> oldest = tallies.oldestOpenSince(s, Measure.OPEN, on);
        Map<String, String> names = agencyNames(s);
        return open.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new AgencyOutstanding(entry.getKey(), names.get(entry.getKey()), entry.getValue(),
                        overdue.getOrDefault(entry.getKey(), 0L), dueSoon.getOrDefault(entry.getKey(), 0L),
                        oldest.get(entry.getKey())))
                .sorted(Comparator.comparingLong(AgencyOutstanding::overdue).reversed()
                        .thenComparing(AgencyOutstanding::agency))
                .toList();
    }

    List<ImplementationTime> timeToImplementation(String s, LocalDate on, ImplementationGrouping grouping) {
        Measure completedMeasure = switch (grouping) {
            case AGENCY -> Measure.COMPLETED;
            case THEME -> Measure.IMPLEMENTED_BY_THEME;
            case BOARD -> Measure.IMPLEMENTED_BY_BOARD;
            case REVIEW -> throw new IllegalArgumentException("reviews are read from their rows");
        };
        Measure openMeasure = switch (grouping) {
            case AGENCY -> Measure.OPEN;
            case THEME -> Measure.OPEN_BY_THEME;
            default -> Measure.OPEN_BY_BOARD;
        };
        Map<String, Histogram> completed = tallies.histograms(s, completedMeasure, on);
        Map<String, Long> open = tallies.counts(s, openMeasure, on);
        Map<String, LocalDate> oldest = tallies.oldestOpenSince(s, openMeasure, on);
        TreeSet<String> keys = new TreeSet<>();
        completed.forEach((key, histogram) -> {
            if (histogram.size() > 0) {
                keys.add(key);
            }
        });
        open.forEach((key, count) -> {
            if (count > 0) {
                keys.add(key);
            }
        });
        List<ImplementationTime> rows = new ArrayList<>();
        for (String key : keys) {
            Histogram histogram = completed.getOrDefault(key, new Histogram());
            long openCount = open.getOrDefault(key, 0L);
            LocalDate since = openCount > 0 ? oldest.get(key) : null;
            rows.add(new ImplementationTime(key, histogram.size(), histogram.percentile(0.5),
                    histogram.percentile(0.9), histogram.mean(), openCount,
                    since == null ? null : ChronoUnit.DAYS.between(since, on)));
        }
        return rows;
    }

    List<ThemeCount> themes(String s, LocalDate on) {
        Map<String, Long> raised = tallies.counts(s, Measure.RAISED_BY_THEME, on);
        Map<String, Long> reviews = tallies.counts(s, Measure.REVIEWS_BY_THEME, on);
        Map<String, Long> open = tallies.counts(s, Measure.OPEN_BY_THEME, on);
        Map<String, Histogram> implemented = tallies.histograms(s, Measure.IMPLEMENTED_BY_THEME, on);
        return raised.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new ThemeCount(entry.getKey(), reviews.getOrDefault(entry.getKey(), 0L),
                        entry.getValue(), open.getOrDefault(entry.getKey(), 0L),
                        implemented.containsKey(entry.getKey()) ? implemented.get(entry.getKey()).size() : 0L))
                .sorted(Comparator.comparing(ThemeCount::theme))
                .toList();
    }

    private Map<String, String> agencyNames(String s) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.query("select code, name from " + s + ".view_agency", Map.of(),
                row -> {
                    names.put(row.getString(1), row.getString(2));
                });
        return names;
    }
}
