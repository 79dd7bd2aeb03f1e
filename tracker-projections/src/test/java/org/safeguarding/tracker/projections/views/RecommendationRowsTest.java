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
        Assignment completed = new Assignment("POLICE", "DI Lead", d("2013-02-01"), d("2013-03-31"), d("2013-05-01"));
        RecommendationRows rows = RecommendationRows.of(facts(List.of(completed), List.of(), List.of(
                new Change(d("2013-06-01"), 6, true, "IMPLEMENTED")), List.of()));

        Map<TallyPoint, Long> points = Contributions.of(rows);

        assertThat(points).containsEntry(new TallyPoint(Measure.OPEN, "POLICE", d("2013-02-01"), 0), 1L)
                .containsEntry(new TallyPoint(Measure.OPEN, "POLICE", d("2013-05-01"), 0), -1L)
                // overdue from the day after its due date until it was completed
                .containsEntry(new TallyPoint(Measure.OVERDUE, "POLICE", d("2013-04-01"), 0), 1L)
                .containsEntry(new TallyPoint(Measure.OVERDUE, "POLICE", d("2013-05-01"), 0), -1L)
                // due soon from 30 days before the due date, open from its assignment
                .containsEntry(new TallyPoint(Measure.DUE_SOON, "POLICE", d("2013-03-01"), 0), 1L)
                .containsEntry(new TallyPoint(Measure.DUE_SOON, "POLICE", d("2013-04-01"), 0), -1L)
                .containsEntry(new TallyPoint(Measure.COMPLETED, "POLICE", d("2013-05-01"), 89), 1L)
                .containsEntry(new TallyPoint(Measure.OPEN_BY_BOARD, "BOARD-1", d("2013-01-10"), 0), 1L)
                .containsEntry(new TallyPoint(Measure.OPEN_BY_BOARD, "BOARD-1", d("2013-06-01"), 0), -1L)
                .containsEntry(new TallyPoint(Measure.IMPLEMENTED_BY_THEME, "NEGLECT", d("2013-06-01"), 142), 1L)
                .containsEntry(new TallyPoint(Measure.RAISED_BY_THEME, "NEGLECT", d("2013-01-10"), 0), 1L);
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
        assertThat(Contributions.difference(Contributions.of(after), Contributions.of(after))).isEmpty();
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
