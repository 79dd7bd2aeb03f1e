package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdempotencyIT extends ApiTest {

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndRecordsNothing() {
        String review = given.review(uniqueCode("B"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("reviewId", review, "reference", "1.1", "text", "t",
                "themes", java.util.List.of("NEGLECT"), "raisedOn", "2012-01-01");

        Api.Answer first = api.post("/api/v1/recommendations", body, "Idempotency-Key", key);
        Api.Answer retry = api.post("/api/v1/recommendations", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("X-Tracker-Position")).isEqualTo(first.header("X-Tracker-Position"));
        assertThat(api.get("/api/v1/recommendations/" + first.id("recommendationId") + "/history").json())
                .hasSize(1);
        assertThat(api.get("/api/v1/recommendations?reviewId=" + review + "&minPosition=" + first.position())
                .json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String recommendation = given.recommendation();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/recommendations/" + recommendation + "/response";
        assertThat(api.post(path, Map.of("decision", "ACCEPTED", "respondedOn", "2013-01-01"),
                "Idempotency-Key", key).status()).isEqualTo(200);

        Api.Answer reused = api.post(path, Map.of("decision", "ACCEPTED", "respondedOn", "2013-01-02"),
                "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/recommendations/" + recommendation).json().get("response")
                .get("respondedOn").asText()).isEqualTo("2013-01-01");
    }

    @Test
    void aRetryNamingAnotherVersionIsAnotherRequest() {
        String recommendation = given.recommendation();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/recommendations/" + recommendation + "/closure";
        Map<String, String> body = Map.of("outcome", "WITHDRAWN", "rationale", "r", "closedOn", "2013-01-01");

        assertThat(api.post(path, body, "Idempotency-Key", key, "If-Match", "\"9\"").status()).isEqualTo(412);
        assertThat(api.post(path, body, "Idempotency-Key", key, "If-Match", "\"1\"").status()).isEqualTo(422);
    }

    @Test
    void aRefusalIsTheFirstAnswerToo() {
        String recommendation = given.recommendation();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/recommendations/" + recommendation + "/reopening";
        Map<String, String> body = Map.of("reason", "r", "reopenedOn", "2014-01-01");

        Api.Answer refused = api.post(path, body, "Idempotency-Key", key);
        Api.Answer retry = api.post(path, body, "Idempotency-Key", key);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.text()).isEqualTo(refused.text());
    }
}
