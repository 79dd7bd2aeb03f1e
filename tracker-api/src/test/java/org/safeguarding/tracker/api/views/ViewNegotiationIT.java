package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.domain.code.CodeFormat;

/**
 * Which representation a view answers for each Accept header, with exactly which Content-Type and text: JSON
 * unless the caller prefers CSV (by quality, then specificity, then order), and problems stay JSON.
 */
class ViewNegotiationIT extends ApiTest {

    private static final String JSON_TYPE = "application/json";
    private static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private String board;
    private long position;
    private String themesJson;
    private String themesCsv;

    /** One review of a fresh board with two recommendations: one open, one closed IMPLEMENTED. */
    @BeforeEach
    void aBoard() {
        board = uniqueCode("ACCEPT");
        String review = given.review(board, "MAR-1", "2011-01-10");
        given.recommendation(review, "1", "2012-01-10");
        Api.Answer raised = api.post("/api/v1/recommendations", java.util.Map.of("reviewId", review,
                "reference", "2", "text", "Audit, \"then\" report", "themes", List.of("NEGLECT", "ESCALATION"),
                "raisedOn", "2012-01-10"));
        String closed = raised.id("recommendationId");
        position = api.post("/api/v1/recommendations/" + closed + "/closure", java.util.Map.of(
                "outcome", "IMPLEMENTED", "rationale", "done", "closedOn", "2012-03-10")).position();
        themesJson = "[{\"theme\":\"ESCALATION\",\"reviews\":1,\"recommendations\":2,\"open\":1,\"implemented\":1},"
                + "{\"theme\":\"NEGLECT\",\"reviews\":1,\"recommendations\":1,\"open\":0,\"implemented\":1}]";
        themesCsv = "theme,reviews,recommendations,open,implemented\r\n"
                + "ESCALATION,1,2,1,1\r\n"
                + "NEGLECT,1,1,0,1\r\n";
    }

    @Test
    void withoutAcceptTheAnswerIsJson() {
        assertJson(api.get(themes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/*", "application/json;charset=UTF-8",
            "text/csv;q=0.5, application/json", "application/json, text/csv", "application/json, text/csv;q=0",
            "text/html, */*;q=0.1", "text/html;q=0.9, application/json"})
    void theseAcceptHeadersGetJson(String accept) {
        assertJson(api.get(themes(), "Accept", accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "TEXT/CSV", "text/csv;charset=UTF-8", "text/csv; charset=utf-8",
            "application/json;q=0.5, text/csv", "text/csv, application/json", "text/csv;q=0.5, application/json;q=0.5",
            "*/*;q=0.8, text/csv;q=0.9", "text/csv;q=0.9, */*;q=0.8", "*/*, text/csv", "application/xml, text/csv;q=0.1",
            "text/*"})
    void theseAcceptHeadersGetCsv(String accept) {
        Api.Answer answer = api.get(themes(), "Accept", accept);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo(CSV_TYPE);
        assertThat(answer.text()).isEqualTo(themesCsv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/plain", "application/x-ndjson"})
    void aTypeNoViewOffersIs406(String accept) {
        Api.Answer answer = api.get(themes(), "Accept", accept);
        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void csvQuotesCellsWithCommasOrQuotesAndFlattensNestedLists() {
        String csv = api.get("/api/v1/views/re-referrals?board=" + board + "&minPosition=" + position,
                "Accept", "text/csv").text();
        assertThat(csv).isEqualTo("reviewId,reviewReference,earlierReviewId,earlierReviewReference,referredOn,"
                + "openRecommendationId,openRecommendationReference,openRecommendationText\r\n");
        Api.Answer exceptions = api.get("/api/v1/views/exceptions?board=" + board + "&minPosition=" + position,
                "Accept", "text/csv");
        assertThat(exceptions.header("Content-Type")).isEqualTo(CSV_TYPE);
        assertThat(exceptions.text()).isEqualTo("list,recommendationId,recommendationReference,reviewId,"
                + "reviewReference,agency,owner,assignedOn,dueOn,overdue,evidenceId,submittedOn\r\n");
        Api.Answer exceptionsJson = api.get("/api/v1/views/exceptions?board=" + board + "&minPosition=" + position);
        assertThat(exceptionsJson.header("Content-Type")).isEqualTo(JSON_TYPE);
        assertThat(exceptionsJson.text())
                .isEqualTo("{\"overdue\":[],\"dueSoon\":[],\"awaitingAssurance\":[],\"noEvidence\":[]}");
    }

    @Test
    void badParametersAreJsonProblemsWhateverTheCallerAccepts() {
        assertBadRequest(api.get("/api/v1/views/time-to-implementation?groupBy=colour", "Accept", "text/csv"),
                "groupBy", "groupBy is one of agency, theme, review, board");
        assertBadRequest(api.get("/api/v1/views/themes?board=bad", "Accept", "text/csv"),
                "board", CodeFormat.MESSAGE);
        assertBadRequest(api.get("/api/v1/views/themes?board=", "Accept", "text/csv"),
                "board", CodeFormat.MESSAGE);
        assertBadRequest(api.get("/api/v1/views/exceptions?on=2014-13-01", "Accept", "text/csv"),
                "on", "on cannot be read as a date (YYYY-MM-DD)");
        assertBadRequest(api.get("/api/v1/views/outstanding-actions?minPosition=abc"),
                "minPosition", "minPosition cannot be read as a whole number");
        assertBadRequest(api.get("/api/v1/views/outstanding-by-agency?minPosition=-1", "Accept", "text/csv"),
                "minPosition", "minPosition must not be negative");
        assertBadRequest(api.get("/api/v1/views/outstanding-actions?agency=lower", "Accept", "text/csv"),
                "agency", CodeFormat.MESSAGE);
    }

    @Test
    void emptyOnAndMinPositionAreAbsent() {
        Api.Answer answer = api.get("/api/v1/views/themes?board=" + board + "&on=&minPosition=");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo(JSON_TYPE);
    }

    private String themes() {
        return "/api/v1/views/themes?board=" + board + "&on=2014-06-30&minPosition=" + position;
    }

    private void assertJson(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo(JSON_TYPE);
        assertThat(answer.text()).isEqualTo(themesJson);
    }

    private static void assertBadRequest(Api.Answer answer, String field, String detail) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().get("detail").asText()).isEqualTo(detail);
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo(field);
    }
}
