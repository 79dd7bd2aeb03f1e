package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.tracker.projections.views.RecommendationFacts.Assignment;

/**
 * What one recommendation adds to the tallies over every board: each period in which it counts becomes +1 on
 * the period's first date and -1 on the date it ends. A change to the recommendation adds the difference
 * between its contributions after and before.
 */
public final class Contributions {

    private Contributions() {
    }

    public static Map<TallyPoint, Long> of(RecommendationRows rows) {
        Map<TallyPoint, Long> points = new HashMap<>();
        if (rows == null) {
            return points;
        }
        RecommendationFacts facts = rows.facts();
        List<String> themes = facts.themes().stream().distinct().toList();
        for (String theme : themes) {
            add(points, Measure.RAISED_BY_THEME, theme, new Span(facts.raisedOn(), null), 0);
        }
        for (StatusTimeline.Period status : rows.statuses()) {
            Span span = new Span(status.from(), status.until());
            if (!status.closed()) {
                themes.forEach(theme -> add(points, Measure.OPEN_BY_THEME, theme, span, 0));
                add(points, Measure.OPEN_BY_BOARD, facts.board(), span, 0);
            } else if ("IMPLEMENTED".equals(status.outcome())) {
                int days = days(facts.raisedOn(), status.closedOn());
                themes.forEach(theme -> add(points, Measure.IMPLEMENTED_BY_THEME, theme, span, days));
                add(points, Measure.IMPLEMENTED_BY_BOARD, facts.board(), span, days);
            }
        }
        for (Assignment assignment : facts.assignments()) {
            if (assignment.completedOn() != null) {
                add(points, Measure.COMPLETED, assignment.agency(), new Span(assignment.completedOn(), null),
                        days(assignment.assignedOn(), assignment.completedOn()));
            }
        }
        for (RecommendationRows.OpenPeriod open : rows.openPeriods()) {
            add(points, Measure.OPEN, open.assignment().agency(), open.span(), 0);
        }
        for (RecommendationRows.OpenItem item : rows.openItems()) {
            String agency = item.assignment().agency();
            Span overdue = item.span().intersect(new Span(item.dueOn().plusDays(1), null));
            if (overdue != null) {
                add(points, Measure.OVERDUE, agency, overdue, 0);
            }
            Span soon = item.span().intersect(new Span(Thresholds.firstDueSoonDate(item.dueOn()), item.dueOn().plusDays(1)));
            if (soon != null) {
                add(points, Measure.DUE_SOON, agency, soon, 0);
            }
        }
        return points;
    }

    /** {@code after - before}, without the points that cancel out. */
    public static Map<TallyPoint, Long> difference(Map<TallyPoint, Long> before, Map<TallyPoint, Long> after) {
        Map<TallyPoint, Long> difference = new HashMap<>(after);
        before.forEach((point, amount) -> difference.merge(point, -amount, Long::sum));
        difference.values().removeIf(amount -> amount == 0);
        return difference;
    }

    private static void add(Map<TallyPoint, Long> points, Measure measure, String key, Span span, int value) {
        points.merge(new TallyPoint(measure, key, span.from(), value), 1L, Long::sum);
        if (span.until() != null) {
            points.merge(new TallyPoint(measure, key, span.until(), value), -1L, Long::sum);
        }
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
