package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;

/**
 * A rebuild replays the event store into the idle generation and swaps: the views answer throughout, and
 * before, during and after it they match the independent {@link ViewModel} of the history.
 * (ViewsIT checks a rebuild of its large random history against the model too.)
 */
class ViewRebuildIT extends ApiTest {

    private static final List<String> VIEWS = List.of("outstanding-by-agency", "outstanding-actions",
            "time-to-implementation?groupBy=agency", "time-to-implementation?groupBy=theme",
            "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board", "re-referrals",
            "exceptions", "themes");
    private static final LocalDate ON = LocalDate.of(2014, 6, 30);

    @Test
    void theLiveGenerationAnswersWhileTheIdleOneIsRebuiltAndBothMatchTheModel() {
        Commands commands = new Commands(api, new ViewModel(), "rebuild");
        String board = history(commands, uniqueCode("REBUILD"));
        ViewCheck check = new ViewCheck(api, commands.model(), commands.position(), "rebuild " + board);
        assertThat(check.all(ON, board)).isEmpty();
        String liveBefore = ViewRebuilds.live(api);

        Api.Answer started = api.post("/api/v1/views/rebuild", "");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.json().get("building").asText()).isNotEqualTo(liveBefore);
        assertThat(check.all(ON, board)).as("while rebuilding").isEmpty();

        ViewRebuilds.awaitLiveOtherThan(api, liveBefore);
        assertThat(check.all(ON, board)).as("after the swap").isEmpty();
        assertThat(check.calls()).isPositive();
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void everyViewAnswersCsvWithAHeaderRow() {
        Commands commands = new Commands(api, new ViewModel(), "csv");
        String board = history(commands, uniqueCode("CSV"));
        long position = commands.position();
        for (String view : VIEWS) {
            String separator = view.contains("?") ? "&" : "?";
            Api.Answer csv = api.get("/api/v1/views/" + view + separator + "board=" + board + "&on=2014-06-30"
                    + "&minPosition=" + position, "Accept", "text/csv");
            assertThat(csv.status()).as(view + ": " + csv.text()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.text().lines().findFirst().orElseThrow()).as(view).contains(",");
        }
        String agencies = api.get("/api/v1/views/outstanding-by-agency?board=" + board + "&on=2014-06-30",
                "Accept", "text/csv").text();
        assertThat(agencies.lines().findFirst().orElseThrow())
                .isEqualTo("agency,agencyName,open,overdue,dueWithin30Days,oldestOpenSince");
        assertThat(agencies.lines().count()).isEqualTo(3);
    }

    @Test
    void badViewParametersAre400() {
        assertThat(api.get("/api/v1/views/themes?on=2014-13-01").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/views/themes?board=not%20a%20code").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/views/time-to-implementation?groupBy=colour").status()).isEqualTo(400);
    }

    /** Two agencies, an earlier and a later review, a re-referral, assignments, evidence, closures. */
    private String history(Commands commands, String board) {
        String a = commands.agency(uniqueCode("A"), "Agency A");
        String b = commands.agency(uniqueCode("B"), "Agency B");
        String earlier = commands.review(board, "MAR-1", date("2011-01-10"), 1);
        String later = commands.review(board, "SCR-2", date("2014-02-01"), 0);
        String r1 = commands.raise(earlier, "1", "Escalate", List.of("ESCALATION"), date("2012-01-10"));
        String r2 = commands.raise(earlier, "2", "Audit", List.of("ESCALATION"), date("2012-01-10"));
        commands.assign(r1, a, "Head of service", date("2012-02-01"), date("2012-06-30"));
        commands.assign(r1, b, "Head of service", date("2012-02-01"), date("2015-06-30"));
        commands.assign(r2, a, "Head of service", date("2012-02-01"), date("2012-12-31"));
        String e = commands.submitEvidence(r2, a, date("2012-10-01"));
        commands.decide(r2, e, "ACCEPTED", date("2012-11-01"));
        commands.close(r2, "IMPLEMENTED", date("2013-01-15"), null);
        commands.reReferral(later, earlier, date("2014-03-01"));
        return board;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
