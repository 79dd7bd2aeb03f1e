package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.views.ViewRebuilds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role, with no credentials and with a wrong password: the status each answers, from one
 * table. The table must name every endpoint Spring MVC serves under /api/, so one added without an entry fails.
 * Commands are sent an empty body: a role that may send one gets 400 (it passed every access check, and
 * nothing is recorded); a role that may not gets 403.
 */
class AccessMatrixIT extends ApiTest {

    private static final String EMPTY = "{}";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** One endpoint: its mapping, a request to it, and the status of each role that may call it; others get 403. */
    private record Entry(String method, String pattern, String path, String body, Map<TestUsers.User, Integer> allowed) {

        String key() {
            return method + " " + pattern;
        }
    }

    private String agency;
    private String reviewId;
    private String recommendationId;
    private String evidenceId;

    @BeforeEach
    void anAgencysRecommendationWithEvidence() {
        agency = given.agency(TestUsers.AGENCY_A_CODE);
        reviewId = given.review(uniqueCode("MATRIX"));
        recommendationId = given.recommendation(reviewId, "1.1", "2012-01-10");
        given.assign(recommendationId, agency, "2012-02-01", "2012-06-30");
        evidenceId = given.evidence(recommendationId, agency, "2012-03-01");
    }

    private List<Entry> table() {
        String rec = "/api/v1/recommendations/" + recommendationId;
        List<Entry> table = new ArrayList<>();
        // commands: BOARD only, but evidence, which the agency sends too
        command(table, "PUT", "/api/v1/agencies/{code}", "/api/v1/agencies/" + agency);
        command(table, "POST", "/api/v1/reviews", "/api/v1/reviews");
        command(table, "POST", "/api/v1/reviews/{reviewId}/re-referrals", "/api/v1/reviews/" + reviewId + "/re-referrals");
        command(table, "POST", "/api/v1/recommendations", "/api/v1/recommendations");
        command(table, "POST", "/api/v1/recommendations/{id}/response", rec + "/response");
        command(table, "POST", "/api/v1/recommendations/{id}/assignments", rec + "/assignments");
        command(table, "PUT", "/api/v1/recommendations/{id}/assignments/{agency}/due-date",
                rec + "/assignments/" + agency + "/due-date");
        table.add(new Entry("POST", "/api/v1/recommendations/{id}/evidence", rec + "/evidence", EMPTY,
                statuses(400, TestUsers.BOARD, TestUsers.AGENCY_A)));
        command(table, "POST", "/api/v1/recommendations/{id}/evidence/{evidenceId}/assurance",
                rec + "/evidence/" + evidenceId + "/assurance");
        command(table, "POST", "/api/v1/recommendations/{id}/closure", rec + "/closure");
        command(table, "POST", "/api/v1/recommendations/{id}/reopening", rec + "/reopening");
        table.add(new Entry("POST", "/api/v1/views/rebuild", "/api/v1/views/rebuild", "",
                statuses(202, TestUsers.BOARD)));
        // reads of the board's records: BOARD, AUDITOR, and the agency (its own part)
        read(table, "/api/v1/agencies", "/api/v1/agencies");
        read(table, "/api/v1/agencies/{code}", "/api/v1/agencies/" + agency);
        read(table, "/api/v1/reviews", "/api/v1/reviews");
        read(table, "/api/v1/reviews/{reviewId}", "/api/v1/reviews/" + reviewId);
        read(table, "/api/v1/recommendations", "/api/v1/recommendations?agency=" + agency);
        read(table, "/api/v1/recommendations/{id}", rec);
        read(table, "/api/v1/recommendations/{id}/history", rec + "/history");
        read(table, "/api/v1/recommendations/{id}/assignments/{agency}", rec + "/assignments/" + agency);
        read(table, "/api/v1/recommendations/{id}/evidence/{evidenceId}", rec + "/evidence/" + evidenceId);
        // the log and the rebuild's state: BOARD and AUDITOR
        table.add(get("/api/v1/events", "/api/v1/events?limit=1", TestUsers.BOARD, TestUsers.AUDITOR));
        table.add(get("/api/v1/views/rebuild", "/api/v1/views/rebuild", TestUsers.BOARD, TestUsers.AUDITOR));
        table.add(get("/api/v1/audit/verify", "/api/v1/audit/verify", TestUsers.BOARD, TestUsers.AUDITOR));
        table.add(get("/api/v1/audit/checkpoints", "/api/v1/audit/checkpoints", TestUsers.BOARD, TestUsers.AUDITOR));
        // dead letters: BOARD only; a sequence with no letters is a 404 once access is granted
        table.add(get("/api/v1/dead-letters", "/api/v1/dead-letters", TestUsers.BOARD));
        String noLetters = "/api/v1/dead-letters/tracker-lists/" + recommendationId;
        table.add(new Entry("POST", "/api/v1/dead-letters/{group}/{sequenceId}/retry", noLetters + "/retry", "",
                statuses(404, TestUsers.BOARD)));
        table.add(new Entry("DELETE", "/api/v1/dead-letters/{group}/{sequenceId}", noLetters, "",
                statuses(404, TestUsers.BOARD)));
        // views: every role; the agency only those it can be given its own rows of
        for (String view : List.of("outstanding-by-agency", "outstanding-actions", "time-to-implementation",
                "exceptions")) {
            table.add(get("/api/v1/views/" + view, "/api/v1/views/" + view, TestUsers.BOARD, TestUsers.AUDITOR,
                    TestUsers.DASHBOARD, TestUsers.AGENCY_A));
        }
        for (String view : List.of("themes", "re-referrals")) {
            table.add(get("/api/v1/views/" + view, "/api/v1/views/" + view, TestUsers.BOARD, TestUsers.AUDITOR,
                    TestUsers.DASHBOARD));
        }
        return table;
    }

    @Test
    void theTableNamesEveryEndpointOfTheApi() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> served.add(method.name() + " " + pattern));
                }
            }
        }
        Set<String> inTable = new TreeSet<>(table().stream().map(Entry::key).toList());
        assertThat(served).as("endpoints served").hasSizeGreaterThan(25);
        assertThat(inTable).as("the table against what Spring MVC serves").isEqualTo(served);
    }

    @Test
    void eachRoleGetsTheStatusOfTheTableAndStrangersGet401() {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : table()) {
            check(wrong, entry, "no credentials", api.anonymous(), 401);
            check(wrong, entry, "wrong password", api.withBasic(TestUsers.BOARD.name(), "not-the-password"), 401);
            check(wrong, entry, "unknown user", api.withBasic("nobody", TestUsers.BOARD.password()), 401);
            for (TestUsers.User user : List.of(TestUsers.AUDITOR, TestUsers.DASHBOARD, TestUsers.AGENCY_A,
                    TestUsers.BOARD)) {
                check(wrong, entry, user.role(), api.as(user), entry.allowed().getOrDefault(user, 403));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, Entry entry, String who, Api client, int expected) {
        String liveBefore = entry.path().equals("/api/v1/views/rebuild") && expected == 202
                ? ViewRebuilds.live(api) : null;
        Api.Answer answer = entry.body() == null ? client.get(entry.path())
                : client.send(entry.method(), entry.path(), entry.body(), "Content-Type", "application/json");
        if (liveBefore != null && answer.status() == 202) {
            ViewRebuilds.awaitLiveOtherThan(api, liveBefore);
        }
        if (answer.status() != expected) {
            wrong.add(entry.key() + " as " + who + ": " + answer.status() + " instead of " + expected + " "
                    + answer.text());
        } else if (expected == 401 || expected == 403) {
            String kind = expected == 401 ? "unauthenticated" : "forbidden";
            if (!String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")
                    || !answer.json().path("type").asText().equals("urn:tracker:problem:" + kind)
                    || answer.json().path("status").asInt() != expected) {
                wrong.add(entry.key() + " as " + who + ": not a " + kind + " problem: " + answer.text());
            }
        }
    }

    private static void command(List<Entry> table, String method, String pattern, String path) {
        table.add(new Entry(method, pattern, path, EMPTY, statuses(400, TestUsers.BOARD)));
    }

    private static void read(List<Entry> table, String pattern, String path) {
        table.add(get(pattern, path, TestUsers.BOARD, TestUsers.AUDITOR, TestUsers.AGENCY_A));
    }

    private static Entry get(String pattern, String path, TestUsers.User... allowed) {
        return new Entry("GET", pattern, path, null, statuses(200, allowed));
    }

    private static Map<TestUsers.User, Integer> statuses(int status, TestUsers.User... users) {
        Map<TestUsers.User, Integer> statuses = new LinkedHashMap<>();
        for (TestUsers.User user : users) {
            statuses.put(user, status);
        }
        return statuses;
    }
}
