package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The eventually consistent lists, read with minPosition right after the commands that changed them. */
class ListsIT extends ApiTest {

    @Test
    void agenciesAreListedByCodeWithTheirLatestName() {
        String code = uniqueCode("AAA");
        api.put("/api/v1/agencies/" + code, Map.of("name", "Childrens Social Care"));
        Api.Answer renamed = api.put("/api/v1/agencies/" + code, Map.of("name", "Children's Social Care"));
        assertThat(renamed.status()).isEqualTo(200);

        JsonNode agencies = api.get("/api/v1/agencies?minPosition=" + renamed.position()).json();

        List<String> codes = new ArrayList<>();
        agencies.forEach(agency -> codes.add(agency.get("code").asText()));
        assertThat(codes).isSorted().contains(code);
        agencies.forEach(agency -> {
            if (agency.get("code").asText().equals(code)) {
                assertThat(agency.get("name").asText()).isEqualTo("Children's Social Care");
            }
        });
    }

    @Test
    void registeringAnAgencyIs201AndRenamingIs200() {
        String code = uniqueCode("NEW");
        Api.Answer registered = api.put("/api/v1/agencies/" + code, Map.of("name", "New agency"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).endsWith("/api/v1/agencies/" + code);
        assertThat(api.put("/api/v1/agencies/" + code, Map.of("name", "Renamed")).status()).isEqualTo(200);
    }

    @Test
    void reviewsOfABoardArePagedWithCountsOfOpenAndClosedRecommendations() {
        String board = uniqueCode("BOARD");
        String first = given.review(board, "A-1", "2011-01-01");
        given.review(board, "A-2", "2012-01-01");
        given.review(board, "A-3", "2013-01-01");
        given.review(uniqueCode("OTHER"), "A-1", "2011-01-01");
        given.recommendation(first, "1", "2011-06-01");
        String closing = given.recommendation(first, "2", "2011-06-01");
        long position = api.post("/api/v1/recommendations/" + closing + "/closure", Map.of("outcome", "WITHDRAWN",
                "rationale", "r", "closedOn", "2012-01-01")).position();

        JsonNode page = api.get("/api/v1/reviews?board=" + board + "&size=2&minPosition=" + position).json();

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("reference").asText()).isEqualTo("A-1");
        assertThat(item.get("open").asInt()).isEqualTo(1);
        assertThat(item.get("closed").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/reviews?board=" + board + "&size=2&page=1").json().get("items").get(0)
                .get("reference").asText()).isEqualTo("A-3");

        JsonNode review = api.get("/api/v1/reviews/" + first + "?minPosition=" + position).json();
        assertThat(review.get("recommendations")).hasSize(2);
        assertThat(review.get("recommendations").get(1).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void recommendationsAreFilteredByReviewAgencyStatusAndTheme() {
        String agency = given.agency(uniqueCode("HEALTH"));
        String review = given.review(uniqueCode("BOARD"));
        String assigned = given.recommendation(review, "1", "2012-01-01");
        given.assign(assigned, agency, "2012-02-01", "2012-12-31");
        Api.Answer neglect = api.post("/api/v1/recommendations", Map.of("reviewId", review, "reference", "2",
                "text", "Audit neglect cases", "themes", List.of("NEGLECT", "THRESHOLDS"), "raisedOn", "2012-01-01"));
        long position = api.post("/api/v1/recommendations/" + neglect.id("recommendationId") + "/closure",
                Map.of("outcome", "WITHDRAWN", "rationale", "r", "closedOn", "2012-03-01")).position();
        String list = "/api/v1/recommendations?minPosition=" + position + "&reviewId=" + review;

        assertThat(ids(api.get(list).json())).hasSize(2);
        assertThat(ids(api.get(list + "&agency=" + agency).json())).containsExactly(assigned);
        assertThat(ids(api.get(list + "&theme=NEGLECT").json())).containsExactly(neglect.id("recommendationId"));
        assertThat(ids(api.get(list + "&status=OPEN").json())).containsExactly(assigned);
        assertThat(ids(api.get(list + "&status=CLOSED&theme=THRESHOLDS").json()))
                .containsExactly(neglect.id("recommendationId"));
        JsonNode state = api.get(list + "&agency=" + agency).json().get("items").get(0);
        assertThat(state).isEqualTo(api.get("/api/v1/recommendations/" + assigned).json());
    }

    @Test
    void aPositionNotYetProcessedAnswers503WithRetryAfter() {
        Api.Answer answer = api.get("/api/v1/recommendations?minPosition=" + Long.MAX_VALUE);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("recommendationId").asText()));
        return ids;
    }
}
