package org.safeguarding.tracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.projections.views.StatusTimeline.Change;
import org.safeguarding.tracker.projections.views.StatusTimeline.Period;

class StatusTimelineTest {

    private static final LocalDate RAISED = LocalDate.of(2013, 1, 10);

    @Test
    void aRecommendationNeverClosedIsOpenFromItsRaisingOn() {
        assertThat(StatusTimeline.statusPeriods(RAISED, List.of()))
                .containsExactly(new Period(RAISED, null, false, null, null));
    }

    @Test
    void closuresAndReopeningsCountByBusinessDateNotByRecordingOrder() {
        // closed on 1 June, reopened on 1 September, then a closure recorded later but dated 15 July
        List<Change> changes = List.of(
                new Change(d("2013-06-01"), 3, true, "IMPLEMENTED"),
                new Change(d("2013-09-01"), 4, false, null),
                new Change(d("2013-07-15"), 5, true, "PARTIALLY_IMPLEMENTED"));

        assertThat(StatusTimeline.statusPeriods(RAISED, changes)).containsExactly(
                new Period(RAISED, d("2013-06-01"), false, null, null),
                new Period(d("2013-06-01"), d("2013-07-15"), true, "IMPLEMENTED", d("2013-06-01")),
                new Period(d("2013-07-15"), d("2013-09-01"), true, "PARTIALLY_IMPLEMENTED", d("2013-07-15")),
                new Period(d("2013-09-01"), null, false, null, null));
    }

    @Test
    void onADateWithSeveralChangesTheLastRecordedHolds() {
        List<Change> changes = List.of(
                new Change(d("2013-06-01"), 2, true, "WITHDRAWN"),
                new Change(d("2013-06-01"), 3, false, null));

        assertThat(StatusTimeline.statusPeriods(RAISED, changes)).containsExactly(
                new Period(RAISED, d("2013-06-01"), false, null, null),
                new Period(d("2013-06-01"), null, false, null, null));
    }

    @Test
    void aClosureOnTheRaisingDayHoldsFromThatDay() {
        assertThat(StatusTimeline.statusPeriods(RAISED, List.of(new Change(RAISED, 1, true, "WITHDRAWN"))))
                .containsExactly(new Period(RAISED, null, true, "WITHDRAWN", RAISED));
    }

    @Test
    void anAssignmentIsOpenFromItsAssignmentUntilItsCompletionWhileTheRecommendationIsNotClosed() {
        List<Period> statuses = StatusTimeline.statusPeriods(RAISED, List.of(
                new Change(d("2013-06-01"), 3, true, "NOT_IMPLEMENTED"),
                new Change(d("2013-09-01"), 4, false, null)));

        assertThat(StatusTimeline.openPeriods(d("2013-02-01"), d("2013-11-30"), statuses)).containsExactly(
                new Period(d("2013-02-01"), d("2013-06-01"), false, null, null),
                new Period(d("2013-09-01"), d("2013-11-30"), false, null, null));
        assertThat(StatusTimeline.openPeriods(d("2013-02-01"), null, statuses)).last()
                .isEqualTo(new Period(d("2013-09-01"), null, false, null, null));
        assertThat(StatusTimeline.openPeriods(d("2013-02-01"), d("2013-02-01"), statuses)).isEmpty();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
