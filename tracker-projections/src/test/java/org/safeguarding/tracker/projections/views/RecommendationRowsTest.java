package org.safeguarding.tracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.projections.views.RecommendationFacts.Assignment;
import org.safeguarding.tracker.projections.views.RecommendationFacts.DueChange;
import org.safeguarding.tracker.projections.views.RecommendationFacts.Evidence;
import org.safeguarding.tracker.projections.views.StatusTimeline.Change;

class RecommendationRowsTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Assignment POLICE = new Assignment("POLICE", "DI Lead", d("2013-02-01"), d("2013-06-30"), null);

    @Test
    void anOpenAssignmentIsOneItemPerDueDateItHad() {
        // extended on 1 May (recorded twice that day: the later one holds), then again on 1 August
        RecommendationRows rows = RecommendationRows.of(facts(List.of(POLICE), List.of(
                new DueChange("POLICE", 3, d("2013-05-01"), d("2013-07-31")),
                new DueChange("POLICE", 4, d("2013-05-01"), d("2013-08-31")),
                new DueChange("POLICE", 5, d("2013-08-01"), d("2013-12-31"))), List.of(), List.of()));

        assertThat(rows.openItems()).extracting(RecommendationRows.OpenItem::span, RecommendationRows.OpenItem::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new Span(d("2013-02-01"), d("2013-05-01")), d("2013-06-30")),
                        org.assertj.core.groups.Tuple.tuple(new Span(d("2013-05-01"), d("2013-08-01")), d("2013-08-31")),
                        org.assertj.core.groups.Tuple.tuple(new Span(d("2013-08-01"), null), d("2013-12-31")));
    }

    @Test
    void evidenceAwaitsADecisionOnlyWhileItsAssignmentIsOpen() {
        // submitted 1 March, decided 1 July; the recommendation was closed from 1 April to 1 May
        Evidence evidence = new Evidence(UUID.randomUUID(), "POLICE", d("2013-03-01"), d("2013-07-01"));
        RecommendationRows rows = RecommendationRows.of(facts(List.of(POLICE), List.of(), List.of(
                new Change(d("2013-04-01"), 4, true, "NOT_IMPLEMENTED"),
                new Change(d("2013-05-01"), 5, false, null)), List.of(evidence)));

        assertThat(rows.pendingEvidence()).extracting(RecommendationRows.PendingEvidence::span).containsExactly(
                new Span(d("2013-03-01"), d("2013-04-01")), new Span(d("2013-05-01"), d("2013-07-01")));
        assertThat(rows.openItems()).allSatisfy(item -> assertThat(item.firstEvidenceOn()).isEqualTo(d("2013-03-01")));
    }

    @Test
    void contributionsCountEachPeriodFromItsFirstDateUntilItEnds() {
        // raised 10 January, assigned 1 February due 31 March, completed 1 May, closed IMPLEMENTED 1 June
        Assignment completed = new Assignment("POLICE", "DI Lead", d("2013-02-01"), d("2013-03-31"), d("2013-05-01"));
        RecommendationRows rows = RecommendationRows.of(facts(List.of(completed), List.of(), List.of(
                new Change(d("2013-06-01"), 6, true, "IMPLEMENTED")), List.of()));

        assertThat(Contributions.of(rows)).containsOnly(
                point(Measure.RAISED_BY_THEME, "NEGLECT", "2013-01-10", 0, 1),
                point(Measure.OPEN_BY_THEME, "NEGLECT", "2013-01-10", 0, 1),
                point(Measure.OPEN_BY_THEME, "NEGLECT", "2013-06-01", 0, -1),
                point(Measure.OPEN_BY_BOARD, "BOARD-1", "2013-01-10", 0, 1),
                point(Measure.OPEN_BY_BOARD, "BOARD-1", "2013-06-01", 0, -1),
                // 142 days from 10 January to 1 June
                point(Measure.IMPLEMENTED_BY_THEME, "NEGLECT", "2013-06-01", 142, 1),
                point(Measure.IMPLEMENTED_BY_BOARD, "BOARD-1", "2013-06-01", 142, 1),
                point(Measure.OPEN, "POLICE", "2013-02-01", 0, 1),
                point(Measure.OPEN, "POLICE", "2013-05-01", 0, -1),
                // 89 days from 1 February to 1 May
                point(Measure.COMPLETED, "POLICE", "2013-05-01", 89, 1),
                // overdue from the day after its due date until it was completed
                point(Measure.OVERDUE, "POLICE", "2013-04-01", 0, 1),
                point(Measure.OVERDUE, "POLICE", "2013-05-01", 0, -1),
                // due soon from 30 days before the due date to the due date
                point(Measure.DUE_SOON, "POLICE", "2013-03-01", 0, 1),
                point(Measure.DUE_SOON, "POLICE", "2013-04-01", 0, -1));
    }

    @Test
    void aReopeningChangesTheTalliesByTheDifferenceOnly() {
        List<Change> closed = List.of(new Change(d("2013-06-01"), 6, true, "IMPLEMENTED"));
        List<Change> reopened = List.of(closed.get(0), new Change(d("2013-09-01"), 7, false, null));
        RecommendationRows before = RecommendationRows.of(facts(List.of(), List.of(), closed, List.of()));
        RecommendationRows after = RecommendationRows.of(facts(List.of(), List.of(), reopened, List.of()));

        assertThat(Contributions.difference(Contributions.of(before), Contributions.of(after))).containsOnly(
                Map.entry(new TallyPoint(Measure.IMPLEMENTED_BY_THEME, "NEGLECT", d("2013-09-01"), 142), -1L),
                Map.entry(new TallyPoint(Measure.IMPLEMENTED_BY_BOARD, "BOARD-1", d("2013-09-01"), 142), -1L),
                Map.entry(new TallyPoint(Measure.OPEN_BY_THEME, "NEGLECT", d("2013-09-01"), 0), 1L),
                Map.entry(new TallyPoint(Measure.OPEN_BY_BOARD, "BOARD-1", d("2013-09-01"), 0), 1L));
    }

    private static Map.Entry<TallyPoint, Long> point(Measure measure, String key, String date, int value, long amount) {
        return Map.entry(new TallyPoint(measure, key, d(date), value), amount);
    }

    private static RecommendationFacts facts(List<Assignment> assignments, List<DueChange> dueChanges,
                                             List<Change> closures, List<Evidence> evidence) {
        return new RecommendationFacts(ID, "BOARD-1", UUID.randomUUID(), "SCR-1", "1.1", d("2013-01-10"),
                List.of("NEGLECT"), assignments, dueChanges, closures, evidence);
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
