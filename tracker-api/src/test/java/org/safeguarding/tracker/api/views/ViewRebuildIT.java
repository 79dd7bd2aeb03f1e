package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;

/** A rebuild replays the event store into the idle generation and swaps: the views answer throughout, unchanged. */
class ViewRebuildIT extends ApiTest {

    private static final List<String> VIEWS = List.of("outstanding-by-agency", "outstanding-actions",
            "time-to-implementation?groupBy=agency", "time-to-implementation?groupBy=theme",
            "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board", "re-referrals",
            "exceptions", "themes");

    @Test
    void aRebuildGivesTheSameViewsRowForRowAndTheyAnswerThroughout() {
        String board = uniqueCode("REBUILD");
        long position = history(board);
        Map<String, JsonNode> before = views(board, position, "2014-06-30");
        assertThat(before.get("outstanding-by-agency")).isNotEmpty();
        assertThat(before.get("re-referrals")).isNotEmpty();
        String liveBefore = api.get("/api/v1/views/rebuild").json().get("live").asText();

        Api.Answer started = api.post("/api/v1/views/rebuild", "");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.json().get("building").asText()).isNotEqualTo(liveBefore);
        assertThat(api.get("/api/v1/views/themes?board=" + board + "&on=2014-06-30").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/views/rebuild").json().get("building").isNull());
        assertThat(api.get("/api/v1/views/rebuild").json().get("live").asText()).isNotEqualTo(liveBefore);
        assertThat(views(board, position, "2014-06-30")).isEqualTo(before);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void everyViewAnswersCsvWithAHeaderRow() {
        String board = uniqueCode("CSV");
        long position = history(board);
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
    private long history(String board) {
        String a = given.agency(uniqueCode("A"));
        String b = given.agency(uniqueCode("B"));
        String earlier = given.review(board, "MAR-1", "2011-01-10");
        String later = given.review(board, "SCR-2", "2014-02-01");
        String r1 = given.recommendation(earlier, "1", "2012-01-10");
        String r2 = given.recommendation(earlier, "2", "2012-01-10");
        given.assign(r1, a, "2012-02-01", "2012-06-30");
        given.assign(r1, b, "2012-02-01", "2015-06-30");
        given.assign(r2, a, "2012-02-01", "2012-12-31");
        String e = given.evidence(r2, a, "2012-10-01");
        given.decide(r2, e, "ACCEPTED", "2012-11-01");
        api.post("/api/v1/recommendations/" + r2 + "/closure", Map.of("outcome", "IMPLEMENTED",
                "rationale", "done", "closedOn", "2013-01-15"));
        return api.post("/api/v1/reviews/" + later + "/re-referrals", Map.of("earlierReviewId", earlier,
                "referredOn", "2014-03-01")).position();
    }

    private Map<String, JsonNode> views(String board, long position, String on) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            String separator = view.contains("?") ? "&" : "?";
            Api.Answer answer = api.get("/api/v1/views/" + view + separator + "board=" + board + "&on=" + on
                    + "&minPosition=" + position);
            assertThat(answer.status()).as(view + ": " + answer.text()).isEqualTo(200);
            views.put(view, answer.json());
        }
        return views;
    }
}
