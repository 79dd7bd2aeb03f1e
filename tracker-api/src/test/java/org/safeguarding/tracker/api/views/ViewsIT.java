package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.views.ViewModel.ActionItem;
import org.safeguarding.tracker.api.views.ViewModel.GroupBy;
import org.safeguarding.tracker.api.views.ViewModel.Mark;
import org.safeguarding.tracker.api.views.ViewModel.OpenAtReferral;
import org.safeguarding.tracker.api.views.ViewModel.ReReferralRow;
import org.safeguarding.tracker.api.views.ViewModel.ThemeRow;
import org.safeguarding.tracker.api.views.ViewModel.TimeRow;

/**
 * The views against an independent model of the contract's definitions: one random history of a hundred
 * and more recommendations compared on many dates for every board and for all boards, and small histories
 * for the edges. A failure names the seed; rerun one history with {@code -Dviews.seed=<seed>}.
 */
class ViewsIT extends ApiTest {

    private static final int THREADS = 8;
    private static RandomHistory history;

    private RandomHistory history() {
        if (history == null) {
            history = RandomHistory.build(api, ApiTest::uniqueCode, RandomHistory.seed(), THREADS);
            System.out.printf("views.seed=%d: %d commands in %d ms (%s)%n", history.seed, history.commands.sent(),
                    history.millis(), history.commands.summary());
        }
        return history;
    }

    // ---- the random history ----

    @Test
    void theRandomHistoryHasEveryKindOfStepAndEveryCommandSucceeded() {
        RandomHistory h = history();
        ViewModel model = h.model;
        String seed = "views.seed=" + h.seed + " " + h.commands.summary();
        List<ViewModel.Recommendation> recommendations = model.recommendations();

        assertThat(recommendations).as(seed).hasSizeGreaterThanOrEqualTo(60);
        assertThat(h.commands.sent()).as(seed).isBetween(800L, 4000L);
        Set<String> outcomes = new LinkedHashSet<>();
        int reopenings = 0;
        int closedBeforeAnEarlierReopening = 0;
        int sameDayMarks = 0;
        int tiedDueDateChanges = 0;
        int rejected = 0;
        int pending = 0;
        int completed = 0;
        for (ViewModel.Recommendation recommendation : recommendations) {
            LocalDate lastReopening = null;
            sameDayMarks += recommendation.marks().size()
                    - (int) recommendation.marks().stream().map(Mark::date).distinct().count();
            for (Mark mark : recommendation.marks()) {
                if (mark.closed()) {
                    outcomes.add(mark.outcome());
                    if (lastReopening != null && mark.date().isBefore(lastReopening)) {
                        closedBeforeAnEarlierReopening++;
                    }
                } else {
                    reopenings++;
                    lastReopening = mark.date();
                }
            }
            for (ViewModel.Assignment assignment : recommendation.assignments()) {
                List<ViewModel.DueChange> changes = assignment.changes();
                tiedDueDateChanges += changes.size() - (int) changes.stream().map(ViewModel.DueChange::changedOn)
                        .distinct().count();
                completed += assignment.completedOn() == null ? 0 : 1;
            }
            for (ViewModel.Evidence evidence : recommendation.evidence()) {
                rejected += "REJECTED".equals(evidence.decision()) ? 1 : 0;
                pending += evidence.decision() == null ? 1 : 0;
            }
        }
        assertThat(outcomes).as(seed).containsExactlyInAnyOrder("IMPLEMENTED", "PARTIALLY_IMPLEMENTED",
                "NOT_IMPLEMENTED", "SUPERSEDED", "WITHDRAWN");
        assertThat(reopenings).as(seed).isGreaterThan(5);
        assertThat(closedBeforeAnEarlierReopening).as(seed).isPositive();
        assertThat(sameDayMarks).as(seed).isPositive();
        assertThat(tiedDueDateChanges).as(seed).isPositive();
        assertThat(rejected).as(seed).isPositive();
        assertThat(pending).as(seed).isPositive();
        assertThat(completed).as(seed).isGreaterThan(20);
        assertThat(model.reReferrals()).as(seed).hasSizeGreaterThanOrEqualTo(6);
        assertThat(model.boards()).as(seed).hasSize(3);
        // the model's views are not trivial on a date inside the history
        LocalDate mid = LocalDate.of(2014, 6, 30);
        assertThat(model.outstandingActions(mid, null, null)).as(seed).isNotEmpty();
        assertThat(model.timeToImplementation(mid, null, GroupBy.THEME)).as(seed).isNotEmpty();
    }

    @Test
    void everyViewMatchesTheModelOnEveryDateForEveryBoardAndForAllBoards() throws Exception {
        RandomHistory h = history();
        ViewModel model = h.model;
        Random random = new Random(h.seed);
        long started = System.nanoTime();
        long rowsBefore = ViewCheck.rowsCompared();

        List<LocalDate> dates = new ArrayList<>(interestingDates(model, random));
        dates.add(null); // today: no ?on=
        List<String> boards = new ArrayList<>(model.boards());
        boards.add(null); // all boards
        // each date read by a task of its own, a few at a time; the mismatches are reported in date order
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> perDate = new ArrayList<>();
        List<ViewCheck> checks = new ArrayList<>();
        try {
            for (LocalDate on : dates) {
                ViewCheck check = new ViewCheck(api, model, h.commands.position(), "views.seed=" + h.seed);
                checks.add(check);
                // one agency's actions, on every date, for all boards and for one board
                String agency = h.agencies.get(random.nextInt(h.agencies.size()));
                String board = h.boards.get(random.nextInt(h.boards.size()));
                perDate.add(pool.submit(() -> {
                    List<String> found = new ArrayList<>();
                    for (String each : boards) {
                        found.addAll(check.all(on, each));
                    }
                    found.addAll(check.outstandingActions(on, null, agency));
                    found.addAll(check.outstandingActions(on, board, agency));
                    return found;
                }));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> found : perDate) {
                mismatches.addAll(found.get());
            }
            long rows = ViewCheck.rowsCompared() - rowsBefore;
            System.out.printf("views.seed=%d: %d view calls on %d dates, %d expected rows compared, in %d ms, "
                            + "%d mismatches%n", h.seed, checks.stream().mapToInt(ViewCheck::calls).sum(), dates.size(),
                    rows, (System.nanoTime() - started) / 1_000_000, mismatches.size());
            assertThat(rows).as("the model expects rows to compare").isGreaterThan(1000);
            assertThat(mismatches).as(report(h.seed, mismatches)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRebuildFromScratchGivesViewsThatStillMatchTheModelRowForRow() {
        RandomHistory h = history();
        ViewRebuilds.rebuildFromScratch(api);
        Random random = new Random(h.seed);
        List<LocalDate> dates = new ArrayList<>(interestingDates(h.model, random)).subList(0, 6);
        List<String> boards = new ArrayList<>(h.model.boards());
        boards.add(null);
        List<String> mismatches = new ArrayList<>();
        ViewCheck check = new ViewCheck(api, h.model, h.commands.position(), "views.seed=" + h.seed + " after rebuild");
        for (LocalDate on : dates) {
            for (String board : boards) {
                mismatches.addAll(check.all(on, board));
            }
        }
        assertThat(check.calls()).isPositive();
        assertThat(mismatches).as(report(h.seed, mismatches)).isEmpty();
    }

    /** Dates before, inside and after the history, and business dates it used exactly, where definitions turn. */
    private static Set<LocalDate> interestingDates(ViewModel model, Random random) {
        Set<LocalDate> dates = new LinkedHashSet<>(List.of(LocalDate.of(2010, 6, 1), LocalDate.of(2012, 2, 29),
                LocalDate.of(2013, 7, 1), LocalDate.of(2014, 11, 20), LocalDate.of(2016, 3, 15),
                LocalDate.of(2017, 6, 1)));
        List<LocalDate> completedOn = new ArrayList<>();
        List<LocalDate> closedOn = new ArrayList<>();
        List<LocalDate> reopenedOn = new ArrayList<>();
        List<LocalDate> changedOn = new ArrayList<>();
        List<LocalDate> dueOn = new ArrayList<>();
        List<LocalDate> assignedOn = new ArrayList<>();
        List<LocalDate> submittedOn = new ArrayList<>();
        List<LocalDate> decidedOn = new ArrayList<>();
        for (ViewModel.Recommendation recommendation : model.recommendations()) {
            recommendation.marks().forEach(mark -> (mark.closed() ? closedOn : reopenedOn).add(mark.date()));
            for (ViewModel.Assignment assignment : recommendation.assignments()) {
                if (assignment.completedOn() != null) {
                    completedOn.add(assignment.completedOn());
                }
                assignedOn.add(assignment.assignedOn());
                assignment.changes().forEach(change -> {
                    changedOn.add(change.changedOn());
                    if (change.dueOn().isBefore(RandomHistory.LAST)) {
                        dueOn.add(change.dueOn());
                    }
                });
            }
            recommendation.evidence().forEach(evidence -> {
                submittedOn.add(evidence.submittedOn());
                if (evidence.decidedOn() != null) {
                    decidedOn.add(evidence.decidedOn());
                }
            });
        }
        List<LocalDate> referredOn = model.reReferrals().stream().map(ViewModel.ReReferral::referredOn).toList();
        for (List<LocalDate> source : List.of(completedOn, completedOn, referredOn, referredOn, closedOn, closedOn,
                reopenedOn, reopenedOn, changedOn, submittedOn, decidedOn)) {
            if (!source.isEmpty()) {
                // sorted: the model lists recommendations in the order they were raised, from several threads
                dates.add(source.stream().sorted().toList().get(random.nextInt(source.size())));
            }
        }
        for (int i = 0; i < 2 && !dueOn.isEmpty(); i++) {
            LocalDate due = dueOn.stream().sorted().toList().get(random.nextInt(dueOn.size()));
            dates.add(due); // due on D: not overdue, due soon
            dates.add(due.minusDays(30)); // the last day it is due soon
        }
        if (!assignedOn.isEmpty()) {
            LocalDate assigned = assignedOn.stream().sorted().toList().get(random.nextInt(assignedOn.size()));
            dates.add(assigned.plusDays(90)); // not yet "more than 90 days"
            dates.add(assigned.plusDays(91));
        }
        return dates;
    }

    private static String report(long seed, List<String> mismatches) {
        Map<String, Long> byView = new TreeMap<>(mismatches.stream().collect(Collectors.groupingBy(
                line -> line.substring(1, line.indexOf(' ')), Collectors.counting())));
        return "views.seed=" + seed + " (rerun with -Dviews.seed=" + seed + "): " + mismatches.size()
                + " mismatches, by view " + byView + ":\n  "
                + String.join("\n  ", mismatches.subList(0, Math.min(400, mismatches.size())));
    }

    // ---- edges, each on a small history of its own ----

    private final class Edge {
        final ViewModel model = new ViewModel();
        final Commands commands = new Commands(api, model, getClass().getSimpleName());
        final String board = uniqueCode("EDGE");
        final String agency = commands.agency(uniqueCode("CSC"), "Children's Social Care");
        final String theme = uniqueCode("NEGLECT");

        String review(String reference, String commissionedOn) {
            return commands.review(board, reference, LocalDate.parse(commissionedOn), 0);
        }

        String raise(String review, String reference, String raisedOn) {
            return commands.raise(review, reference, "Audit neglect cases " + reference, List.of(theme),
                    LocalDate.parse(raisedOn));
        }

        ViewCheck check() {
            return new ViewCheck(api, model, commands.position(), "edge " + board);
        }

        /** The whole comparison on {@code on}, for this board and for all boards. */
        void matchesTheModel(LocalDate... dates) {
            ViewCheck check = check();
            List<String> mismatches = new ArrayList<>();
            for (LocalDate on : dates) {
                mismatches.addAll(check.all(on, board));
                mismatches.addAll(check.all(on, null));
            }
            assertThat(mismatches).as(String.join("\n  ", mismatches)).isEmpty();
        }
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aBoardWithNoDataHasEmptyViews() {
        Edge edge = new Edge();
        for (LocalDate on : new LocalDate[] {null, date("2014-01-01")}) {
            String query = "?board=" + edge.board + "&minPosition=" + edge.commands.position()
                    + (on == null ? "" : "&on=" + on);
            for (String view : List.of("outstanding-by-agency", "outstanding-actions", "re-referrals", "themes",
                    "time-to-implementation?groupBy=agency", "time-to-implementation?groupBy=theme",
                    "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board")) {
                String path = "/api/v1/views/" + view + (view.contains("?") ? query.replace('?', '&') : query);
                var answer = api.get(path);
                assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
                assertThat(answer.json().isArray()).as(path + " " + answer.text()).isTrue();
                assertThat(answer.json()).as(path).isEmpty();
            }
            var exceptions = api.get("/api/v1/views/exceptions" + query);
            assertThat(exceptions.status()).as(exceptions.text()).isEqualTo(200);
            for (String list : List.of("overdue", "dueSoon", "awaitingAssurance", "noEvidence")) {
                assertThat(exceptions.json().get(list)).as(list + " in " + exceptions.text()).isNotNull().isEmpty();
            }
        }
        // the agency, registered but never assigned, has no row anywhere
        edge.matchesTheModel(date("2014-01-01"), ViewCheck.today());
    }

    @Test
    void oneCompletedDataPointIsItsOwnMedianP90AndMean() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2012-11-01");
        String id = edge.raise(review, "1.1", "2013-01-10");
        edge.commands.assign(id, edge.agency, "Head of Service", date("2013-02-01"), date("2013-06-30"));
        String evidence = edge.commands.submitEvidence(id, edge.agency, date("2013-05-01"));
        edge.commands.decide(id, evidence, "ACCEPTED", date("2013-05-20"));
        edge.commands.close(id, "IMPLEMENTED", date("2013-07-01"), null);

        LocalDate on = date("2014-01-01");
        assertThat(edge.model.timeToImplementation(on, edge.board, GroupBy.AGENCY))
                .containsExactly(new TimeRow(edge.agency, 1, 108.0, 108.0, 108.0, 0, null));
        for (GroupBy groupBy : List.of(GroupBy.THEME, GroupBy.REVIEW, GroupBy.BOARD)) {
            assertThat(edge.model.timeToImplementation(on, edge.board, groupBy)).singleElement()
                    .isEqualTo(new TimeRow(groupBy == GroupBy.THEME ? edge.theme : groupBy == GroupBy.REVIEW ? review
                            : edge.board, 1, 172.0, 172.0, 172.0, 0, null));
        }
        // before the closure: not completed, open for 2013-06-01 − 2013-01-10 = 142 days
        assertThat(edge.model.timeToImplementation(date("2013-06-01"), edge.board, GroupBy.BOARD))
                .containsExactly(new TimeRow(edge.board, 0, null, null, null, 1, 142L));
        edge.matchesTheModel(on, date("2013-06-01"), date("2013-05-20"), date("2013-05-19"), date("2013-07-01"));
    }

    @Test
    void percentilesInterpolateLinearlyAsPercentileCont() {
        assertThat(ViewModel.percentileCont(List.of(10L), 0.9)).isEqualTo(10.0);
        assertThat(ViewModel.percentileCont(List.of(10L, 20L), 0.5)).isEqualTo(15.0);
        assertThat(ViewModel.percentileCont(List.of(10L, 20L), 0.9)).isCloseTo(19.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ViewModel.percentileCont(List.of(1L, 2L, 3L, 4L, 100L), 0.9)).isCloseTo(61.6,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ViewModel.percentileCont(List.of(), 0.5)).isNull();

        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2012-01-01");
        int[] days = {30, 100, 45, 200, 7};
        for (int i = 0; i < days.length; i++) {
            String id = edge.raise(review, "2." + i, "2012-03-01");
            edge.commands.close(id, "IMPLEMENTED", date("2012-03-01").plusDays(days[i]), null);
        }
        // sorted 7, 30, 45, 100, 200: median 45; p90 at 3.6 = 100 + 0.6 * 100 = 160; mean 76.4
        assertThat(edge.model.timeToImplementation(date("2013-01-01"), edge.board, GroupBy.REVIEW)).singleElement()
                .satisfies(row -> {
                    assertThat(row.medianDays()).isEqualTo(45.0);
                    assertThat(row.p90Days()).isCloseTo(160.0, org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(row.meanDays()).isCloseTo(76.4, org.assertj.core.data.Offset.offset(1e-9));
                });
        edge.matchesTheModel(date("2013-01-01"), date("2012-06-09"));
    }

    @Test
    void tiedDueDatesAndDueDateChangesOnOneDay() {
        Edge edge = new Edge();
        String police = edge.commands.agency(uniqueCode("POLICE"), "Police");
        String review = edge.review("SCR-1", "2013-01-01");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = edge.raise(review, "3." + i, "2013-02-01");
            ids.add(id);
            edge.commands.assign(id, edge.agency, "Lead", date("2013-03-01"), date("2013-09-30"));
            edge.commands.assign(id, police, "Inspector", date("2013-03-0" + (i + 1)), date(i < 2 ? "2013-09-30"
                    : "2013-08-31"));
        }
        // two changes on one day: the one recorded last counts from that day on
        edge.commands.changeDueDate(ids.get(0), police, date("2014-01-31"), date("2013-06-01"));
        edge.commands.changeDueDate(ids.get(0), police, date("2013-07-31"), date("2013-06-01"));
        // a change recorded later with an earlier changedOn does not win over the later-dated one
        edge.commands.changeDueDate(ids.get(1), police, date("2013-12-31"), date("2013-06-10"));
        edge.commands.changeDueDate(ids.get(1), police, date("2013-10-15"), date("2013-06-05"));

        LocalDate on = date("2013-09-01");
        List<ActionItem> items = edge.model.outstandingActions(on, edge.board, null);
        assertThat(items).hasSize(8);
        assertThat(items).extracting(ActionItem::dueOn).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(items).filteredOn(item -> item.recommendationId().equals(ids.get(0)) && item.agency().equals(police))
                .singleElement().satisfies(item -> assertThat(item.dueOn()).isEqualTo(date("2013-07-31")));
        assertThat(items).filteredOn(item -> item.recommendationId().equals(ids.get(1)) && item.agency().equals(police))
                .singleElement().satisfies(item -> assertThat(item.dueOn()).isEqualTo(date("2013-12-31")));
        assertThat(edge.model.outstandingByAgency(on, edge.board)).extracting(ViewModel.AgencyRow::agency)
                .containsExactly(police, edge.agency); // police: 3 overdue; the CSC: none, 4 due soon
        edge.matchesTheModel(on, date("2013-06-01"), date("2013-05-31"), date("2013-06-05"), date("2013-08-31"),
                date("2013-09-30"), date("2013-10-01"));
    }

    @Test
    void nothingBeforeTheFirstBusinessDate() {
        Edge edge = new Edge();
        String earlier = edge.review("SCR-1", "2014-03-01");
        String later = edge.review("SCR-2", "2014-05-01");
        String id = edge.raise(earlier, "1", "2014-03-10");
        edge.commands.assign(id, edge.agency, "Lead", date("2014-03-10"), date("2014-04-10"));
        edge.commands.submitEvidence(id, edge.agency, date("2014-03-20"));
        edge.commands.reReferral(later, earlier, date("2014-06-01"));

        LocalDate before = date("2014-03-09");
        assertThat(edge.model.themes(before, edge.board)).isEmpty();
        assertThat(edge.model.reReferrals(before, edge.board)).isEmpty();
        assertThat(edge.model.outstandingByAgency(before, edge.board)).isEmpty();
        assertThat(edge.model.themes(date("2014-03-10"), edge.board))
                .containsExactly(new ThemeRow(edge.theme, 1, 1, 1, 0));
        edge.matchesTheModel(before, date("2010-01-01"), date("2014-03-10"), date("2014-06-01"));
    }

    @Test
    void anAssignmentCompletedOnTheDateIsNotOpenAndCountsAsCompleted() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2013-01-01");
        String id = edge.raise(review, "1", "2013-01-15");
        edge.commands.assign(id, edge.agency, "Lead", date("2013-02-01"), date("2013-03-01"));
        String evidence = edge.commands.submitEvidence(id, edge.agency, date("2013-04-01"));
        edge.commands.decide(id, evidence, "ACCEPTED", date("2013-04-20"));

        LocalDate on = date("2013-04-20");
        assertThat(edge.model.outstandingActions(on, edge.board, null)).isEmpty();
        assertThat(edge.model.exceptions(on, edge.board).awaitingAssurance()).isEmpty();
        assertThat(edge.model.timeToImplementation(on, edge.board, GroupBy.AGENCY))
                .containsExactly(new TimeRow(edge.agency, 1, 78.0, 78.0, 78.0, 0, null));
        LocalDate dayBefore = date("2013-04-19");
        assertThat(edge.model.outstandingActions(dayBefore, edge.board, null)).singleElement()
                .satisfies(item -> assertThat(item.overdue()).isTrue());
        assertThat(edge.model.exceptions(dayBefore, edge.board).awaitingAssurance()).hasSize(1);
        assertThat(edge.model.timeToImplementation(dayBefore, edge.board, GroupBy.AGENCY))
                .containsExactly(new TimeRow(edge.agency, 0, null, null, null, 1, 77L));
        // the recommendation is still open: not closed IMPLEMENTED, so it is open per theme, review and board
        assertThat(edge.model.timeToImplementation(on, edge.board, GroupBy.REVIEW))
                .containsExactly(new TimeRow(review, 0, null, null, null, 1, 95L));
        edge.matchesTheModel(on, dayBefore, date("2013-04-21"));
    }

    @Test
    void aRecommendationClosedAfterTheReReferralWasOpenAtIt() {
        Edge edge = new Edge();
        String earlier = edge.review("MAR-2011", "2011-03-01");
        String later = edge.review("SCR-2014", "2014-02-01");
        String closedAfter = edge.raise(earlier, "1", "2011-06-01");
        String closedBefore = edge.raise(earlier, "2", "2011-06-01");
        String closedOnTheDay = edge.raise(earlier, "3", "2011-06-01");
        String raisedAfter = edge.raise(earlier, "4", "2014-03-02");
        String raisedOnTheDay = edge.raise(earlier, "5", "2014-03-01");
        String reopenedBefore = edge.raise(earlier, "6", "2011-06-01");
        String closedLaterRecordedFirst = edge.raise(earlier, "7", "2011-06-01");
        edge.commands.close(closedBefore, "NOT_IMPLEMENTED", date("2013-01-01"), null);
        edge.commands.close(closedOnTheDay, "WITHDRAWN", date("2014-03-01"), null);
        edge.commands.close(reopenedBefore, "IMPLEMENTED", date("2012-01-01"), null);
        edge.commands.reopen(reopenedBefore, date("2014-02-15"));
        edge.commands.close(closedLaterRecordedFirst, "SUPERSEDED", date("2014-09-01"), closedAfter);
        // the re-referral is recorded before the closure that is dated after it
        edge.commands.reReferral(later, earlier, date("2014-03-01"));
        edge.commands.close(closedAfter, "PARTIALLY_IMPLEMENTED", date("2014-06-30"), null);

        List<ReReferralRow> rows = edge.model.reReferrals(date("2015-01-01"), edge.board);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.referredOn()).isEqualTo(date("2014-03-01"));
            assertThat(row.openAtReferral()).extracting(OpenAtReferral::recommendationId)
                    .containsExactlyInAnyOrder(closedAfter, raisedOnTheDay, reopenedBefore, closedLaterRecordedFirst);
        });
        assertThat(edge.model.reReferrals(date("2014-02-28"), edge.board)).isEmpty();
        assertThat(raisedAfter).isNotNull();
        edge.matchesTheModel(date("2014-02-28"), date("2014-03-01"), date("2015-01-01"));
    }

    @Test
    void aReopenedRecommendationIsClosedBetweenItsClosureAndReopeningAndOpenAfter() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2013-01-01");
        String id = edge.raise(review, "1", "2013-02-01");
        edge.commands.assign(id, edge.agency, "Lead", date("2013-02-01"), date("2013-05-01"));
        edge.commands.close(id, "NOT_IMPLEMENTED", date("2013-06-01"), null);
        edge.commands.reopen(id, date("2013-09-01"));
        // closed again, dated before the reopening: from 2013-07-15 it is closed, and from the reopening's date
        // on, the latest closure or reopening dated on or before the date is the reopening: open
        edge.commands.close(id, "WITHDRAWN", date("2013-07-15"), null);

        ViewModel model = edge.model;
        record Expect(String on, long open, int actions) {
        }
        for (Expect expect : List.of(new Expect("2013-05-31", 1, 1), new Expect("2013-06-01", 0, 0),
                new Expect("2013-07-20", 0, 0), new Expect("2013-08-31", 0, 0), new Expect("2013-09-01", 1, 1),
                new Expect("2015-01-01", 1, 1))) {
            LocalDate on = date(expect.on());
            assertThat(model.themes(on, edge.board)).as(expect.on()).singleElement()
                    .satisfies(row -> assertThat(row.open()).isEqualTo(expect.open()));
            assertThat(model.outstandingActions(on, edge.board, null)).as(expect.on()).hasSize(expect.actions());
        }
        edge.matchesTheModel(date("2013-05-31"), date("2013-06-01"), date("2013-07-20"), date("2013-08-31"),
                date("2013-09-01"), date("2015-01-01"));
    }

    @Test
    void datesBeforeAndFarBeyondTheYearlySnapshotsCountTheSame() {
        // the tallies over every board keep yearly snapshots for 2000..2060 only: earlier and later dates (here
        // far-future due dates) are read from month and day amounts, and a key's snapshots are extended over
        // what it already holds
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "1995-03-01");
        String early = edge.raise(review, "1", "1996-01-10");
        edge.commands.assign(early, edge.agency, "Lead", date("1996-02-01"), date("1996-09-30"));
        String evidence = edge.commands.submitEvidence(early, edge.agency, date("1997-03-01"));
        edge.commands.decide(early, evidence, "ACCEPTED", date("1997-04-15"));
        edge.commands.close(early, "IMPLEMENTED", date("1998-01-05"), null);
        String later = edge.raise(review, "2", "2003-05-01");
        edge.commands.assign(later, edge.agency, "Lead", date("2003-06-01"), date("2004-06-01"));
        String done = edge.commands.submitEvidence(later, edge.agency, date("2019-12-01"));
        edge.commands.decide(later, done, "ACCEPTED", date("2020-01-15"));
        edge.commands.close(later, "IMPLEMENTED", date("2020-03-01"), null);
        edge.commands.reopen(later, date("2021-01-01"));
        String third = edge.raise(review, "3", "2010-05-01");
        edge.commands.assign(third, edge.agency, "Lead", date("2010-06-01"), date("2011-06-01"));
        edge.commands.changeDueDate(third, edge.agency, date("2075-01-01"), date("2012-01-01"));
        String fifth = edge.raise(review, "5", "2015-05-01");
        edge.commands.assign(fifth, edge.agency, "Lead", date("2015-06-01"), date("2099-12-31"));
        String fourth = edge.raise(review, "4", "2001-02-01");
        edge.commands.assign(fourth, edge.agency, "Lead", date("2001-03-01"), date("2001-09-01"));
        String accepted = edge.commands.submitEvidence(fourth, edge.agency, date("2002-01-10"));
        edge.commands.decide(fourth, accepted, "ACCEPTED", date("2002-02-01"));
        edge.commands.close(fourth, "IMPLEMENTED", date("2002-03-01"), null);

        assertThat(edge.model.timeToImplementation(date("2020-06-01"), null, GroupBy.THEME))
                .filteredOn(row -> row.key().equals(edge.theme)).singleElement()
                .satisfies(row -> assertThat(row.completed()).isEqualTo(3));
        assertThat(edge.model.exceptions(date("2099-12-15"), edge.board).dueSoon()).hasSize(1);
        edge.matchesTheModel(date("1996-06-01"), date("1999-12-31"), date("2000-01-01"), date("2002-02-15"),
                date("2005-01-01"), date("2020-06-01"), date("2021-01-01"), date("2061-01-01"), date("2074-12-15"),
                date("2075-01-02"), date("2099-12-15"), date("2100-01-01"));
    }

    @Test
    void aClosureAndAReopeningOnOneDayCountInRecordingOrder() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2012-12-01");
        String reopenedThatDay = edge.raise(review, "1", "2013-01-01");
        edge.commands.assign(reopenedThatDay, edge.agency, "Lead", date("2013-01-10"), date("2013-12-31"));
        edge.commands.close(reopenedThatDay, "WITHDRAWN", date("2013-05-01"), null);
        edge.commands.reopen(reopenedThatDay, date("2013-05-01"));
        String closedAgainThatDay = edge.raise(review, "2", "2013-01-01");
        edge.commands.close(closedAgainThatDay, "NOT_IMPLEMENTED", date("2013-05-01"), null);
        edge.commands.reopen(closedAgainThatDay, date("2013-05-01"));
        edge.commands.close(closedAgainThatDay, "IMPLEMENTED", date("2013-05-01"), null);

        LocalDate on = date("2013-05-01");
        assertThat(edge.model.themes(on, edge.board)).containsExactly(new ThemeRow(edge.theme, 1, 2, 1, 1));
        assertThat(edge.model.outstandingActions(on, edge.board, null)).hasSize(1);
        assertThat(edge.model.timeToImplementation(on, edge.board, GroupBy.THEME))
                .containsExactly(new TimeRow(edge.theme, 1, 120.0, 120.0, 120.0, 1, 120L));
        edge.matchesTheModel(date("2013-04-30"), on, date("2013-05-02"));
    }

    @Test
    void aLaterAcceptanceDoesNotMoveTheCompletionDate() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2013-01-01");
        String id = edge.raise(review, "1", "2013-01-15");
        edge.commands.assign(id, edge.agency, "Lead", date("2013-02-01"), date("2013-12-31"));
        String first = edge.commands.submitEvidence(id, edge.agency, date("2013-03-01"));
        String second = edge.commands.submitEvidence(id, edge.agency, date("2013-04-01"));
        edge.commands.decide(id, second, "ACCEPTED", date("2013-06-01"));
        edge.commands.decide(id, first, "ACCEPTED", date("2013-05-01"));

        assertThat(edge.model.timeToImplementation(date("2013-07-01"), edge.board, GroupBy.AGENCY))
                .containsExactly(new TimeRow(edge.agency, 1, 120.0, 120.0, 120.0, 0, null));
        edge.matchesTheModel(date("2013-05-01"), date("2013-05-15"), date("2013-06-01"), date("2013-07-01"));
    }

    @Test
    void theAgencyNameIsItsLatestName() {
        Edge edge = new Edge();
        String review = edge.review("SCR-1", "2013-01-01");
        String id = edge.raise(review, "1", "2013-01-15");
        edge.commands.assign(id, edge.agency, "Lead", date("2013-02-01"), date("2013-12-31"));
        edge.commands.agency(edge.agency, "Children and Young People's Services");
        JsonNode rows = api.get("/api/v1/views/outstanding-by-agency?board=" + edge.board + "&on=2013-06-01&minPosition="
                + edge.commands.position()).json();
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.get("agencyName").asText()).isEqualTo("Children and Young People's Services"));
        edge.matchesTheModel(date("2013-06-01"));
    }
}
