package org.safeguarding.tracker.api.views;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.views.ViewModel.ActionItem;
import org.safeguarding.tracker.api.views.ViewModel.AgencyRow;
import org.safeguarding.tracker.api.views.ViewModel.AwaitingRow;
import org.safeguarding.tracker.api.views.ViewModel.Exceptions;
import org.safeguarding.tracker.api.views.ViewModel.GroupBy;
import org.safeguarding.tracker.api.views.ViewModel.OpenAtReferral;
import org.safeguarding.tracker.api.views.ViewModel.ReReferralRow;
import org.safeguarding.tracker.api.views.ViewModel.ThemeRow;
import org.safeguarding.tracker.api.views.ViewModel.TimeRow;

/**
 * Reads every view of the service and compares it with the {@link ViewModel}: equal sets of rows with equal
 * values (doubles within {@link #TOLERANCE}) and the orders the contract fixes. With a board filter the
 * service's answer is compared whole; without one (all boards), the database may hold other tests' data, so
 * the service's rows are first narrowed to the model's own agencies, reviews, themes and boards, which are
 * unique to it. Every difference is returned as one line naming the view, board, date and both rows.
 */
public final class ViewCheck {

    static final double TOLERANCE = 1e-6;

    private final Api api;
    private final ViewModel model;
    private final long minPosition;
    private final String context;
    private int calls;
    private static final java.util.concurrent.atomic.AtomicLong ROWS = new java.util.concurrent.atomic.AtomicLong();

    public ViewCheck(Api api, ViewModel model, long minPosition, String context) {
        this.api = api;
        this.model = model;
        this.minPosition = minPosition;
        this.context = context;
    }

    public int calls() {
        return calls;
    }

    /** How many expected rows all checks so far compared (a check of nothing passes trivially). */
    public static long rowsCompared() {
        return ROWS.get();
    }

    /** Today in the service's zone: the date a view without {@code ?on=} is computed for. */
    public static LocalDate today() {
        return LocalDate.now(RandomHistory.ZONE);
    }

    /** Every view, for {@code on} (null: no {@code ?on=}, today) and {@code board} (null: all boards). */
    public List<String> all(LocalDate on, String board) {
        List<String> mismatches = new ArrayList<>();
        mismatches.addAll(outstandingByAgency(on, board));
        mismatches.addAll(outstandingActions(on, board, null));
        for (GroupBy groupBy : GroupBy.values()) {
            mismatches.addAll(timeToImplementation(on, board, groupBy));
        }
        mismatches.addAll(reReferrals(on, board));
        mismatches.addAll(exceptions(on, board));
        mismatches.addAll(themes(on, board));
        return mismatches;
    }

    // ---- each view ----

    public List<String> outstandingByAgency(LocalDate on, String board) {
        Where where = new Where("outstanding-by-agency", on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, "");
        if (!json.isArray()) {
            return List.of(where + " not an array: " + json);
        }
        List<AgencyRow> all = new ArrayList<>();
        for (JsonNode row : json) {
            Row r = new Row(row, where, mismatches);
            all.add(new AgencyRow(r.text("agency"), r.text("agencyName"), r.integer("open"), r.integer("overdue"),
                    r.integer("dueWithin30Days"), r.date("oldestOpenSince")));
        }
        // the order is the contract's: most overdue first, then agency code; checked over the whole answer
        for (int i = 1; i < all.size(); i++) {
            AgencyRow before = all.get(i - 1);
            AgencyRow after = all.get(i);
            if (BY_OVERDUE_THEN_CODE.compare(before, after) > 0) {
                mismatches.add(where + " order: " + before + " comes before " + after
                        + " (most overdue first, then agency code)");
            }
        }
        List<AgencyRow> actual = mine(board, all, row -> model.agencies().contains(row.agency()));
        List<AgencyRow> expected = model.outstandingByAgency(day(on), board);
        compare(where, expected, actual, AgencyRow::agency, Objects::equals, mismatches);
        List<String> expectedOrder = expected.stream().map(AgencyRow::agency).toList();
        List<String> actualOrder = actual.stream().map(AgencyRow::agency).toList();
        if (new HashSet<>(expectedOrder).equals(new HashSet<>(actualOrder)) && !expectedOrder.equals(actualOrder)) {
            mismatches.add(where + " order: expected " + expectedOrder + " but was " + actualOrder);
        }
        return mismatches;
    }

    private static final Comparator<AgencyRow> BY_OVERDUE_THEN_CODE = Comparator
            .comparingLong(AgencyRow::overdue).reversed().thenComparing(AgencyRow::agency);

    public List<String> outstandingActions(LocalDate on, String board, String agency) {
        Where where = new Where("outstanding-actions" + (agency == null ? "" : "?agency=" + agency), on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, agency == null ? "" : "&agency=" + agency);
        if (!json.isArray()) {
            return List.of(where + " not an array: " + json);
        }
        List<ActionItem> all = items(json, where, mismatches);
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i - 1).dueOn().isAfter(all.get(i).dueOn())) {
                mismatches.add(where + " order: " + all.get(i - 1) + " comes before " + all.get(i)
                        + " (earliest due first)");
            }
        }
        if (agency != null) {
            all.stream().filter(item -> !agency.equals(item.agency())).forEach(item ->
                    mismatches.add(where + " an item of another agency: " + item));
        }
        compare(where, model.outstandingActions(day(on), board, agency),
                mine(board, all, item -> model.agencies().contains(item.agency())),
                ActionItem::key, Objects::equals, mismatches);
        return mismatches;
    }

    public List<String> timeToImplementation(LocalDate on, String board, GroupBy groupBy) {
        String by = groupBy.name().toLowerCase();
        Where where = new Where("time-to-implementation?groupBy=" + by, on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, "&groupBy=" + by);
        if (!json.isArray()) {
            return List.of(where + " not an array: " + json);
        }
        List<TimeRow> all = new ArrayList<>();
        for (JsonNode row : json) {
            Row r = new Row(row, where, mismatches);
            all.add(new TimeRow(r.text("key"), r.integer("completed"), r.decimal("medianDays"), r.decimal("p90Days"),
                    r.decimal("meanDays"), r.integer("open"), r.nullableInteger("oldestOpenDays")));
        }
        Set<String> keys = switch (groupBy) {
            case AGENCY -> model.agencies();
            case THEME -> model.themeCodes();
            case REVIEW -> model.reviewIds();
            case BOARD -> model.boards();
        };
        compare(where, model.timeToImplementation(day(on), board, groupBy),
                mine(board, all, row -> keys.contains(row.key())), TimeRow::key, ViewCheck::sameTimes, mismatches);
        return mismatches;
    }

    public List<String> reReferrals(LocalDate on, String board) {
        Where where = new Where("re-referrals", on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, "");
        if (!json.isArray()) {
            return List.of(where + " not an array: " + json);
        }
        List<ReReferralRow> all = new ArrayList<>();
        for (JsonNode row : json) {
            Row r = new Row(row, where, mismatches);
            Set<OpenAtReferral> open = new LinkedHashSet<>();
            JsonNode list = r.node("openAtReferral");
            if (list != null && list.isArray()) {
                for (JsonNode entry : list) {
                    Row e = new Row(entry, where, mismatches);
                    if (!open.add(new OpenAtReferral(e.text("recommendationId"), e.text("reference"), e.text("text")))) {
                        mismatches.add(where + " openAtReferral lists one recommendation twice: " + entry);
                    }
                }
            } else {
                mismatches.add(where + " openAtReferral is not an array in " + row);
            }
            all.add(new ReReferralRow(r.text("reviewId"), r.text("reviewReference"), r.text("earlierReviewId"),
                    r.text("earlierReviewReference"), r.date("referredOn"), open));
        }
        compare(where, model.reReferrals(day(on), board),
                mine(board, all, row -> model.reviewIds().contains(row.reviewId())
                        || model.reviewIds().contains(row.earlierReviewId())),
                ReReferralRow::key, Objects::equals, mismatches);
        return mismatches;
    }

    public List<String> exceptions(LocalDate on, String board) {
        Where where = new Where("exceptions", on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, "");
        if (!json.isObject()) {
            return List.of(where + " not an object: " + json);
        }
        Exceptions expected = model.exceptions(day(on), board);
        Predicate<ActionItem> ours = item -> model.agencies().contains(item.agency());
        for (String list : List.of("overdue", "dueSoon", "noEvidence")) {
            Where part = new Where("exceptions." + list, on, board);
            JsonNode items = json.get(list);
            if (items == null || !items.isArray()) {
                mismatches.add(part + " missing or not an array: " + items);
                continue;
            }
            List<ActionItem> wanted = switch (list) {
                case "overdue" -> expected.overdue();
                case "dueSoon" -> expected.dueSoon();
                default -> expected.noEvidence();
            };
            compare(part, wanted, mine(board, items(items, part, mismatches), ours), ActionItem::key, Objects::equals,
                    mismatches);
        }
        Where part = new Where("exceptions.awaitingAssurance", on, board);
        JsonNode awaiting = json.get("awaitingAssurance");
        if (awaiting == null || !awaiting.isArray()) {
            mismatches.add(part + " missing or not an array: " + awaiting);
        } else {
            List<AwaitingRow> all = new ArrayList<>();
            for (JsonNode row : awaiting) {
                Row r = new Row(row, part, mismatches);
                all.add(new AwaitingRow(r.text("recommendationId"), r.text("recommendationReference"),
                        r.text("reviewReference"), r.text("agency"), r.text("evidenceId"), r.date("submittedOn")));
            }
            compare(part, expected.awaitingAssurance(), mine(board, all, row -> model.agencies().contains(row.agency())),
                    AwaitingRow::evidenceId, Objects::equals, mismatches);
        }
        return mismatches;
    }

    public List<String> themes(LocalDate on, String board) {
        Where where = new Where("themes", on, board);
        List<String> mismatches = new ArrayList<>();
        JsonNode json = get(where, "");
        if (!json.isArray()) {
            return List.of(where + " not an array: " + json);
        }
        List<ThemeRow> all = new ArrayList<>();
        for (JsonNode row : json) {
            Row r = new Row(row, where, mismatches);
            all.add(new ThemeRow(r.text("theme"), r.integer("reviews"), r.integer("recommendations"), r.integer("open"),
                    r.integer("implemented")));
        }
        compare(where, model.themes(day(on), board), mine(board, all, row -> model.themeCodes().contains(row.theme())),
                ThemeRow::theme, Objects::equals, mismatches);
        return mismatches;
    }

    // ---- comparing ----

    private static <T> List<T> mine(String board, List<T> all, Predicate<T> ours) {
        return board != null ? all : all.stream().filter(ours).toList();
    }

    private static boolean sameTimes(TimeRow a, TimeRow b) {
        return a.key().equals(b.key()) && a.completed() == b.completed() && a.open() == b.open()
                && Objects.equals(a.oldestOpenDays(), b.oldestOpenDays()) && close(a.medianDays(), b.medianDays())
                && close(a.p90Days(), b.p90Days()) && close(a.meanDays(), b.meanDays());
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a));
    }

    interface Same<T> {
        boolean test(T expected, T actual);
    }

    private static <T> void compare(Where where, List<T> expected, List<T> actual, Function<T, String> key,
                                    Same<T> same, List<String> mismatches) {
        ROWS.addAndGet(expected.size());
        Map<String, T> actualByKey = new LinkedHashMap<>();
        for (T row : actual) {
            if (actualByKey.put(key.apply(row), row) != null) {
                mismatches.add(where + " duplicate row for " + key.apply(row) + ": " + row);
            }
        }
        Map<String, T> expectedByKey = new LinkedHashMap<>();
        expected.forEach(row -> expectedByKey.put(key.apply(row), row));
        expectedByKey.forEach((k, row) -> {
            T found = actualByKey.get(k);
            if (found == null) {
                mismatches.add(where + " missing row: expected " + row);
            } else if (!same.test(row, found)) {
                mismatches.add(where + " row " + k + ": expected " + row + " but was " + found);
            }
        });
        actualByKey.forEach((k, row) -> {
            if (!expectedByKey.containsKey(k)) {
                mismatches.add(where + " unexpected row: " + row);
            }
        });
    }

    // ---- reading ----

    private record Where(String view, LocalDate on, String board) {
        @Override
        public String toString() {
            return "[" + view + " board=" + (board == null ? "(all)" : board) + " on="
                    + (on == null ? "(today " + today() + ")" : on) + "]";
        }
    }

    private static LocalDate day(LocalDate on) {
        return on == null ? today() : on;
    }

    private JsonNode get(Where where, String extra) {
        String base = where.view().contains("?") ? where.view().substring(0, where.view().indexOf('?'))
                : where.view();
        String path = "/api/v1/views/" + base + "?minPosition=" + minPosition
                + (where.on() == null ? "" : "&on=" + where.on())
                + (where.board() == null ? "" : "&board=" + where.board()) + extra;
        // the views answer 503 until they have processed minPosition: wait for a 200, any other answer fails
        AtomicReference<JsonNode> json = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    calls++;
                    Api.Answer answer = api.get(path);
                    if (answer.status() == 200) {
                        json.set(answer.json());
                        return true;
                    }
                    if (answer.status() != 503) {
                        throw new AssertionError(context + ": GET " + path + " answered " + answer.status() + ": "
                                + answer.text());
                    }
                    return false;
                });
        return json.get();
    }

    private List<ActionItem> items(JsonNode json, Where where, List<String> mismatches) {
        List<ActionItem> items = new ArrayList<>();
        for (JsonNode item : json) {
            Row r = new Row(item, where, mismatches);
            items.add(new ActionItem(r.text("recommendationId"), r.text("recommendationReference"), r.text("reviewId"),
                    r.text("reviewReference"), r.text("agency"), r.text("owner"), r.date("assignedOn"),
                    r.date("dueOn"), r.bool("overdue")));
        }
        return items;
    }

    /** One JSON row, read field by field; a missing field or a value of the wrong type is a mismatch. */
    private static final class Row {
        private final JsonNode json;
        private final Where where;
        private final List<String> mismatches;

        Row(JsonNode json, Where where, List<String> mismatches) {
            this.json = json;
            this.where = where;
            this.mismatches = mismatches;
        }

        JsonNode node(String field) {
            JsonNode value = json.get(field);
            if (value == null) {
                mismatches.add(where + " field " + field + " missing in " + json);
            }
            return value;
        }

        String text(String field) {
            JsonNode value = node(field);
            if (value == null || !value.isTextual()) {
                if (value != null) {
                    mismatches.add(where + " field " + field + " not a string in " + json);
                }
                return null;
            }
            return value.asText();
        }

        LocalDate date(String field) {
            String value = text(field);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                mismatches.add(where + " field " + field + " not a YYYY-MM-DD date in " + json);
                return null;
            }
        }

        long integer(String field) {
            Long value = nullableInteger(field);
            if (value == null) {
                if (json.has(field)) {
                    mismatches.add(where + " field " + field + " is null in " + json);
                }
                return Long.MIN_VALUE;
            }
            return value;
        }

        Long nullableInteger(String field) {
            JsonNode value = node(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber()) {
                mismatches.add(where + " field " + field + " not an integer in " + json);
                return Long.MIN_VALUE;
            }
            return value.asLong();
        }

        Double decimal(String field) {
            JsonNode value = node(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                mismatches.add(where + " field " + field + " not a number in " + json);
                return Double.NaN;
            }
            return value.asDouble();
        }

        boolean bool(String field) {
            JsonNode value = node(field);
            if (value == null || !value.isBoolean()) {
                if (value != null) {
                    mismatches.add(where + " field " + field + " not a boolean in " + json);
                }
                return false;
            }
            return value.asBoolean();
        }
    }
}
