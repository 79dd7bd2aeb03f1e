package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of bad input gets its RFC 9457 answer, and nothing stored changes because of it. */
class ProblemAnswersIT extends ApiTest {

    @Autowired
    private Clock clock;

    private String agency;
    private String recommendation;
    private String path;

    @BeforeEach
    void aRecommendation() {
        agency = given.agency(uniqueCode("CSC"));
        recommendation = given.recommendation();
        path = "/api/v1/recommendations/" + recommendation;
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post(path + "/closure", "{\"outcome\": "), 400, null);
    }

    @Test
    void aBodyThatIsNotExactlyOneJsonDocumentIs400() {
        String reopening = "{\"reason\": \"x\", \"reopenedOn\": \"2014-01-01\"}";
        assertProblem(api.post(path + "/reopening", reopening + " {}"), 400, null);
        assertProblem(api.post(path + "/reopening",
                "{\"reason\": \"x\", \"reason\": \"y\", \"reopenedOn\": \"2014-01-01\"}"), 400, null);
    }

    @Test
    void aNumberIsNotADate() {
        // 16000 would be read as the 16,000th day after 1970-01-01, a plausible past date
        Api.Answer answer = api.post(path + "/closure", "{\"outcome\": \"WITHDRAWN\", \"rationale\": \"r\","
                + " \"closedOn\": 16000}");
        assertProblem(answer, 400, "closedOn");
        assertThat(answer.json().get("errors").get(0).get("message").asText())
                .isEqualTo("cannot be read as a date (YYYY-MM-DD)");
    }

    @Test
    void validationErrorsComeInTheOrderOfTheirFields() {
        JsonNode errors = api.post("/api/v1/reviews", "{}").json().get("errors");
        List<String> fields = new java.util.ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).hasSizeGreaterThan(2).isSorted();
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        assertProblem(api.post(path + "/reopening", Map.of("reason", "x", "reopenedOn", "2014-01-01",
                "actor", "mallory")), 400, "actor");
    }

    @Test
    void aControlCharacterIs400ButTabAndNewlineAreAccepted() {
        assertProblem(api.post(path + "/evidence", Map.of("agency", agency, "summary", "bell\u0007",
                "submittedOn", "2013-01-01")), 400, "summary");
        given.assign(recommendation, agency, "2012-02-01", "2012-12-31");
        assertThat(api.post(path + "/evidence", Map.of("agency", agency, "summary", "line one\n\tline two",
                "submittedOn", "2013-01-01")).status()).isEqualTo(201);
    }

    @Test
    void stringsAreTrimmedAndABlankOneIs400() {
        assertProblem(api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "   ",
                "closedOn", "2013-01-01")), 400, "rationale");
        Api.Answer closed = api.post(path + "/closure", Map.of("outcome", "WITHDRAWN",
                "rationale", "  no longer relevant  ", "closedOn", "2013-01-01"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(api.get(path + "/history").json().get(1).get("payload").get("rationale").asText())
                .isEqualTo("no longer relevant");
    }

    @Test
    void tooLongStringsAre400() {
        assertProblem(api.post(path + "/reopening", Map.of("reason", "x".repeat(4001), "reopenedOn", "2014-01-01")),
                400, "reason");
        assertProblem(api.put("/api/v1/agencies/" + uniqueCode("A"), Map.of("name", "n".repeat(201))), 400, "name");
    }

    @Test
    void anUnknownEnumValueOrABadDateIs400() {
        assertProblem(api.post(path + "/closure", Map.of("outcome", "DONE", "rationale", "r",
                "closedOn", "2013-01-01")), 400, "outcome");
        assertProblem(api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "r",
                "closedOn", "2013-02-30")), 400, "closedOn");
    }

    @Test
    void aMissingRequiredFieldIs400() {
        assertProblem(api.post(path + "/response", Map.of("decision", "ACCEPTED")), 400, "respondedOn");
        assertProblem(api.post("/api/v1/recommendations", Map.of("reviewId", given.review(uniqueCode("B")),
                "reference", "1", "text", "t", "themes", List.of(), "raisedOn", "2012-01-01")), 400, "themes");
    }

    @Test
    void aDateOfWhatHappenedMustNotBeAfterToday() {
        assertProblem(api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "r",
                "closedOn", tomorrow())), 400, "closedOn");
    }

    @Test
    void aDueDateMayLieInTheFutureButNotBeforeTheAssignment() {
        assertThat(api.post(path + "/assignments", Map.of("agency", agency, "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", tomorrow())).status()).isEqualTo(201);
        String other = given.agency(uniqueCode("HEALTH"));
        assertProblem(api.post(path + "/assignments", Map.of("agency", other, "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", "2012-01-31")), 400, "dueOn");
    }

    @Test
    void badCodesAre400() {
        assertProblem(api.put("/api/v1/agencies/lower-case", Map.of("name", "x")), 400, "code");
        assertProblem(api.post("/api/v1/recommendations", Map.of("reviewId", given.review(uniqueCode("B")),
                "reference", "1", "text", "t", "themes", List.of("neglect"), "raisedOn", "2012-01-01")), 400, null);
        assertProblem(api.post("/api/v1/reviews", Map.of("board", "Board One", "reference", "r", "kind", "SCR",
                "title", "t", "commissionedOn", "2012-01-01")), 400, "board");
        assertProblem(api.post(path + "/assignments", Map.of("agency", "csc", "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", "2012-12-31")), 400, "agency");
        assertProblem(api.get("/api/v1/reviews?board=lower"), 400, "board");
        assertProblem(api.get("/api/v1/views/themes?board=lower"), 400, "board");
        assertProblem(api.get("/api/v1/views/outstanding-actions?agency=" + "A".repeat(41)), 400, "agency");
    }

    @Test
    void badPagingIs400() {
        assertProblem(api.get("/api/v1/recommendations?size=201"), 400, "size");
        assertProblem(api.get("/api/v1/reviews?page=-1"), 400, "page");
        assertProblem(api.get("/api/v1/recommendations?status=MAYBE"), 400, "status");
        assertProblem(api.get(path + "?asOf=yesterday"), 400, "asOf");
        assertProblem(api.get("/api/v1/events?limit=10001"), 400, "limit");
    }

    @Test
    void unknownIdsInThePathAre404() {
        String unknown = "/api/v1/recommendations/" + java.util.UUID.randomUUID();
        assertProblem(api.get(unknown), 404, null);
        assertProblem(api.get(unknown + "/history"), 404, null);
        assertProblem(api.post(unknown + "/reopening", Map.of("reason", "r", "reopenedOn", "2014-01-01")), 404, null);
        assertProblem(api.get("/api/v1/recommendations/not-a-uuid"), 404, null);
        assertProblem(api.get("/api/v1/reviews/" + java.util.UUID.randomUUID()), 404, null);
        assertProblem(api.put(path + "/assignments/" + agency + "/due-date", Map.of("dueOn", "2013-01-01",
                "reason", "r", "changedOn", "2012-06-01")), 404, null);
        assertProblem(api.put(path + "/assignments/not-a-code/due-date", Map.of("dueOn", "2013-01-01",
                "reason", "r", "changedOn", "2012-06-01")), 404, null);
        assertProblem(api.post(path + "/evidence/" + java.util.UUID.randomUUID() + "/assurance",
                Map.of("decision", "ACCEPTED", "decidedOn", "2013-01-01")), 404, null);
        assertProblem(api.get("/api/v1/nothing-here"), 404, null);
    }

    @Test
    void aReviewIdIsNotARecommendation() {
        String review = given.review(uniqueCode("B"));
        assertProblem(api.get("/api/v1/recommendations/" + review), 404, null);
        assertProblem(api.post("/api/v1/recommendations/" + review + "/reopening",
                Map.of("reason", "r", "reopenedOn", "2014-01-01")), 404, null);
    }

    @Test
    void idsInTheBodyThatNameNothingAre422() {
        assertProblem(api.post("/api/v1/recommendations", Map.of("reviewId", java.util.UUID.randomUUID(),
                "reference", "1", "text", "t", "themes", List.of("NEGLECT"), "raisedOn", "2012-01-01")), 422, "reviewId");
        assertProblem(api.post(path + "/assignments", Map.of("agency", "NO-SUCH-AGENCY", "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", "2012-12-31")), 422, "agency");
        assertProblem(api.post(path + "/closure", Map.of("outcome", "SUPERSEDED", "rationale", "r",
                "closedOn", "2013-01-01", "supersededBy", java.util.UUID.randomUUID())), 422, "supersededBy");
        String review = given.review(uniqueCode("B"));
        assertProblem(api.post("/api/v1/reviews/" + review + "/re-referrals", Map.of(
                "earlierReviewId", java.util.UUID.randomUUID(), "referredOn", "2014-01-01")), 422, "earlierReviewId");
    }

    @Test
    void lifecycleRulesAre409() {
        given.assign(recommendation, agency, "2012-02-01", "2012-12-31");
        assertProblem(api.post(path + "/closure", Map.of("outcome", "IMPLEMENTED", "rationale", "r",
                "closedOn", "2013-01-01")), 409, "outcome");
        assertProblem(api.post(path + "/reopening", Map.of("reason", "r", "reopenedOn", "2014-01-01")), 409, null);
        assertProblem(api.post(path + "/assignments", Map.of("agency", agency, "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", "2012-12-31")), 409, "agency");
        String unassigned = given.agency(uniqueCode("EDU"));
        assertProblem(api.post(path + "/evidence", Map.of("agency", unassigned, "summary", "s",
                "submittedOn", "2013-01-01")), 409, "agency");
        assertThat(api.post(path + "/closure", Map.of("outcome", "NOT_IMPLEMENTED", "rationale", "r",
                "closedOn", "2013-01-01")).status()).isEqualTo(200);
        assertProblem(api.post(path + "/response", Map.of("decision", "ACCEPTED", "respondedOn", "2013-01-01")),
                409, null);
    }

    @Test
    void aClosedRecommendationRefusesWith409BeforeLookingUpAnAssignmentOrEvidence() {
        assertThat(api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "r",
                "closedOn", "2013-01-01")).status()).isEqualTo(200);
        assertProblem(api.put(path + "/assignments/" + agency + "/due-date", Map.of("dueOn", "2013-06-01",
                "reason", "r", "changedOn", "2013-01-01")), 409, null);
        assertProblem(api.post(path + "/evidence/" + java.util.UUID.randomUUID() + "/assurance",
                Map.of("decision", "ACCEPTED", "decidedOn", "2013-01-01")), 409, null);
    }

    @Test
    void aDateBeforeAStoredDateItMustFollowIs409() {
        assertProblem(api.post(path + "/response", Map.of("decision", "ACCEPTED", "respondedOn", "2011-01-01")),
                409, "respondedOn");
        given.assign(recommendation, agency, "2012-02-01", "2012-12-31");
        assertProblem(api.post(path + "/evidence", Map.of("agency", agency, "summary", "s",
                "submittedOn", "2012-01-31")), 409, "submittedOn");
    }

    @Test
    void takenReferencesAre409() {
        String board = uniqueCode("B");
        given.review(board, "SCR-1", "2012-01-01");
        assertProblem(api.post("/api/v1/reviews", Map.of("board", board, "reference", "SCR-1", "kind", "SCR",
                "title", "t", "commissionedOn", "2012-01-01")), 409, "reference");
        String review = given.review(uniqueCode("B"));
        given.recommendation(review, "2.1", "2012-05-01");
        assertProblem(api.post("/api/v1/recommendations", Map.of("reviewId", review, "reference", "2.1",
                "text", "t", "themes", List.of("NEGLECT"), "raisedOn", "2012-05-01")), 409, "reference");
    }

    @Test
    void aReReferralAcrossBoardsIs409() {
        String earlier = given.review(uniqueCode("B"));
        String later = given.review(uniqueCode("B"));
        assertProblem(api.post("/api/v1/reviews/" + later + "/re-referrals", Map.of("earlierReviewId", earlier,
                "referredOn", "2014-01-01")), 409, "earlierReviewId");
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        assertProblem(api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "r",
                "closedOn", "2013-01-01"), "If-Match", "\"7\""), 412, null);
        assertThat(api.get(path).json().get("status").asText()).isEqualTo("OPEN");
        Api.Answer closed = api.post(path + "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "r",
                "closedOn", "2013-01-01"), "If-Match", "\"1\"");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void wrongMethodsAndMediaTypesAreProblemsToo() {
        Api.Answer wrongMethod = api.send("DELETE", path, "");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
        Api.Answer wrongType = api.send("POST", path + "/reopening", "reason=x",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anOversizedBodyIs413() {
        assertProblem(api.post(path + "/reopening", Map.of("reason", "x".repeat(1_100_000),
                "reopenedOn", "2014-01-01")), 413, null);
    }

    @Test
    void refusedCommandsRecordNothing() {
        api.post(path + "/closure", Map.of("outcome", "IMPLEMENTED", "rationale", "r", "closedOn", tomorrow()));
        api.post(path + "/closure", Map.of("outcome", "SUPERSEDED", "rationale", "r", "closedOn", "2013-01-01"));
        api.post(path + "/reopening", Map.of("reason", "r", "reopenedOn", "2014-01-01"));
        assertThat(api.get(path + "/history").json()).hasSize(1);
    }

    /** The service's tomorrow, read when used so a run across midnight stays right. */
    private String tomorrow() {
        return LocalDate.now(clock).plusDays(1).toString();
    }

    private static void assertProblem(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        String type = problem.get("type").asText();
        if (type.equals("about:blank")) { // Spring's own answers, e.g. no such path
            assertThat(problem.get("title").asText()).isNotBlank();
        } else {
            ProblemType kind = ProblemType.ofKind(type.substring(ProblemType.TYPE_PREFIX.length()));
            assertThat(type).isEqualTo(kind.type().toString());
            assertThat(problem.get("title").asText()).isEqualTo(kind.title());
            assertThat(kind.status().value()).isEqualTo(status);
        }
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "org.", "java.", "SQL", "select ");
        if (field != null) {
            assertThat(problem.get("errors")).as(answer.text()).isNotNull();
            List<String> fields = new java.util.ArrayList<>();
            problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).contains(field);
        }
    }
}
