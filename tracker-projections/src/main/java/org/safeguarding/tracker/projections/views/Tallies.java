package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch's tally changes into one generation. Every key's horizon row is locked, in key order, before
 * any amount is written: a histogram's snapshots are then written by one transaction at a time, and the
 * amounts, written in primary-key order, never wait in a cycle.
 */
final class Tallies {

    private record Key(String measure, String key) {
    }

    private record Row(String measure, String key, char level, LocalDate bucket, int value) {
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::measure).thenComparing(Key::key);
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::measure).thenComparing(Row::key)
            .thenComparing(Row::level).thenComparing(Row::bucket).thenComparingInt(Row::value);

    private final JdbcTemplate jdbc;
    private final String s;

    Tallies(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.s = schema;
    }

    void write(TallyBatch batch) {
        Map<TallyPoint, Long> points = new java.util.HashMap<>(batch.points());
        for (ReviewTheme reviewTheme : batch.reviewThemes()) {
            settleFirstRaising(reviewTheme, points);
        }
        Map<Key, List<Map.Entry<TallyPoint, Long>>> byKey = new TreeMap<>(KEY_ORDER);
        points.forEach((point, amount) -> {
            if (amount != 0) {
                byKey.computeIfAbsent(new Key(point.measure().code(), point.key()), k -> new ArrayList<>())
                        .add(Map.entry(point, amount));
            }
        });
        Map<Row, Long> rows = new TreeMap<>(ROW_ORDER);
        byKey.forEach((key, entries) -> {
            jdbc.update("insert into " + s + ".view_tally_horizon (measure, key) values (?, ?) on conflict do nothing",
                    key.measure(), key.key());
            if (entries.get(0).getKey().measure().histogram()) {
                Integer horizon = extendHorizon(key, entries);
                entries.forEach(entry -> histogramRows(entry.getKey(), entry.getValue(), horizon, rows));
            } else {
                entries.forEach(entry -> countRows(entry.getKey(), entry.getValue(), rows));
            }
        });
        List<Object[]> arguments = new ArrayList<>();
        rows.forEach((row, amount) -> {
            if (amount != 0) {
                arguments.add(new Object[] {row.measure(), row.key(), String.valueOf(row.level()), row.bucket(),
                        row.value(), amount});
            }
        });
        jdbc.batchUpdate("insert into " + s + ".view_tally (measure, key, level, bucket, value, amount)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (measure, key, level, bucket, value)"
                + " do update set amount = view_tally.amount + excluded.amount", arguments);
    }

    /**
     * A review counts for a theme from the first date it raised a recommendation with that theme. Recomputed
     * under the row's lock, so two segments raising in the same review settle one after the other.
     */
    private void settleFirstRaising(ReviewTheme reviewTheme, Map<TallyPoint, Long> points) {
        jdbc.update("insert into " + s + ".view_review_theme (review_id, theme) values (?, ?) on conflict do nothing",
                reviewTheme.reviewId(), reviewTheme.theme());
        LocalDate before = jdbc.queryForObject("select first_raised_on from " + s + ".view_review_theme"
                + " where review_id = ? and theme = ? for update", LocalDate.class,
                reviewTheme.reviewId(), reviewTheme.theme());
        LocalDate after = jdbc.queryForObject("select min(raised_on) from " + s + ".view_recommendation"
                + " where review_id = ? and ? = any (themes)", LocalDate.class,
                reviewTheme.reviewId(), reviewTheme.theme());
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        jdbc.update("update " + s + ".view_review_theme set first_raised_on = ? where review_id = ? and theme = ?",
                after, reviewTheme.reviewId(), reviewTheme.theme());
        if (before != null) {
            points.merge(new TallyPoint(Measure.REVIEWS_BY_THEME, reviewTheme.theme(), before, 0), -1L, Long::sum);
        }
        if (after != null) {
            points.merge(new TallyPoint(Measure.REVIEWS_BY_THEME, reviewTheme.theme(), after, 0), 1L, Long::sum);
        }
    }

    /** Locks the key and, when a point lies beyond its snapshots, adds snapshots up to the point's year. */
    private Integer extendHorizon(Key key, List<Map.Entry<TallyPoint, Long>> entries) {
        Integer horizon = jdbc.queryForObject("select year from " + s + ".view_tally_horizon"
                + " where measure = ? and key = ? for update", Integer.class, key.measure(), key.key());
        Integer required = entries.stream().map(entry -> TallyCalendar.firstSnapshotIncluding(entry.getKey().on()))
                .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        if (required == null || horizon != null && required <= horizon) {
            return horizon;
        }
        int from = horizon == null ? TallyCalendar.FIRST_SNAPSHOT_YEAR : horizon + 1;
        String base = horizon == null ? "" : """
                select value, amount from %1$s.view_tally
                where measure = ? and key = ? and level = 'C' and bucket = ?
                union all
                """.formatted(s);
        String sql = """
                insert into %1$s.view_tally (measure, key, level, bucket, value, amount)
                select ?, ?, 'C', make_date(y, 1, 1), x.value, sum(x.amount)
                from generate_series(?, ?) as y
                cross join lateral (
                    %2$s
                    select value, amount from %1$s.view_tally
                    where measure = ? and key = ? and level = 'M' and bucket >= ? and bucket < make_date(y, 1, 1)
                ) as x
                group by y, x.value
                having sum(x.amount) <> 0""".formatted(s, base);
        List<Object> arguments = new ArrayList<>(List.of(key.measure(), key.key(), from, required));
        if (horizon != null) {
            arguments.addAll(List.of(key.measure(), key.key(), TallyCalendar.january(horizon)));
        }
        arguments.addAll(List.of(key.measure(), key.key(),
                horizon == null ? LocalDate.of(1, 1, 1) : TallyCalendar.january(horizon)));
        jdbc.update(sql, arguments.toArray());
        jdbc.update("update " + s + ".view_tally_horizon set year = ? where measure = ? and key = ?",
                required, key.measure(), key.key());
        return required;
    }

    private static void histogramRows(TallyPoint point, long amount, Integer horizon, Map<Row, Long> rows) {
        dayAndMonth(point, amount, rows);
        Integer first = TallyCalendar.firstSnapshotIncluding(point.on());
        if (horizon == null || first == null) {
            return;
        }
        for (int year = first; year <= horizon; year++) {
            rows.merge(new Row(point.measure().code(), point.key(), TallyCalendar.SNAPSHOT,
                    TallyCalendar.january(year), point.value()), amount, Long::sum);
        }
    }

    private static void countRows(TallyPoint point, long amount, Map<Row, Long> rows) {
        dayAndMonth(point, amount, rows);
        rows.merge(new Row(point.measure().code(), point.key(), TallyCalendar.YEAR,
                TallyCalendar.yearOf(point.on()), point.value()), amount, Long::sum);
    }

    private static void dayAndMonth(TallyPoint point, long amount, Map<Row, Long> rows) {
        rows.merge(new Row(point.measure().code(), point.key(), TallyCalendar.DAY, point.on(), point.value()),
                amount, Long::sum);
        rows.merge(new Row(point.measure().code(), point.key(), TallyCalendar.MONTH,
                TallyCalendar.monthOf(point.on()), point.value()), amount, Long::sum);
    }
}
