package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What surrounds the API: security headers, no CORS, actuator exposure, access logging, principal-scoped keys. */
@ExtendWith(OutputCaptureExtension.class)
class HardeningIT extends ApiTest {

    @Test
    void answersCarrySecurityHeadersForData() {
        for (Api.Answer answer : new Api.Answer[] {api.get("/api/v1/agencies"), api.anonymous().get("/api/v1/agencies")}) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(api.get("/swagger-ui/index.html").header("Content-Security-Policy")).as("the UI runs scripts").isNull();
    }

    @Test
    void noCrossOriginAccessUnlessConfigured() {
        Api.Answer preflight = api.send("OPTIONS", "/api/v1/agencies", "", "Origin", "https://elsewhere.test",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Api.Answer get = api.get("/api/v1/agencies", "Origin", "https://elsewhere.test");
        assertThat(get.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void healthIsOpenWithDetailsOnlyForTheBoardAndInfoAndMetricsNeedASignIn() {
        Api.Answer open = api.anonymous().get("/actuator/health");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().has("components")).isFalse();
        assertThat(api.as(TestUsers.AUDITOR).get("/actuator/health").json().has("components")).isFalse();
        assertThat(api.get("/actuator/health").json().at("/components/db/status").asText()).isEqualTo("UP");

        for (String path : new String[] {"/actuator/info", "/actuator/prometheus"}) {
            assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(api.as(TestUsers.DASHBOARD).get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/actuator/prometheus").text()).contains("jvm_memory_used_bytes");
        assertThat(api.get("/actuator/env").status()).isEqualTo(404);
    }

    @Test
    void failedSignInsAndForbiddenAttemptsAreLoggedWithUserPathAndCorrelationIdNeverThePassword(
            CapturedOutput output) {
        api.withBasic(TestUsers.BOARD.name(), "guessed-Secret-42").get("/api/v1/agencies",
                "X-Correlation-Id", "corr-failed-sign-in");
        api.as(TestUsers.DASHBOARD).get("/api/v1/events", "X-Correlation-Id", "corr-forbidden");
        api.as(TestUsers.AGENCY_A).get("/api/v1/views/time-to-implementation?groupBy=theme",
                "X-Correlation-Id", "corr-forbidden-by-scope");

        assertThat(output.getAll())
                .contains("sign-in failed: user=" + TestUsers.BOARD.name() + " path=/api/v1/agencies "
                        + "correlationId=corr-failed-sign-in")
                .contains("forbidden: user=" + TestUsers.DASHBOARD.name() + " role=DASHBOARD method=GET "
                        + "path=/api/v1/events correlationId=corr-forbidden")
                .contains("forbidden: user=" + TestUsers.AGENCY_A.name() + " role=AGENCY method=GET "
                        + "path=/api/v1/views/time-to-implementation correlationId=corr-forbidden-by-scope")
                .doesNotContain("guessed-Secret-42");
    }

    @Test
    void anIdempotencyKeyIsTheCallersOwnAndNeverReplayedToAnother() {
        String agency = given.agency(TestUsers.AGENCY_A_CODE);
        String id = given.recommendation();
        given.assign(id, agency, "2012-02-01", "2012-06-30");
        String key = UUID.randomUUID().toString();
        Map<String, String> evidence = Map.of("agency", agency, "summary", "Audit report", "submittedOn", "2012-03-01");

        Api.Answer first = api.as(TestUsers.AGENCY_A).post("/api/v1/recommendations/" + id + "/evidence", evidence,
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        Api.Answer stranger = api.anonymous().post("/api/v1/recommendations/" + id + "/evidence", evidence,
                "Idempotency-Key", key);
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.text()).doesNotContain(first.id("evidenceId"));

        Api.Answer board = api.post("/api/v1/recommendations/" + id + "/evidence", evidence, "Idempotency-Key", key);
        assertThat(board.status()).isEqualTo(201);
        assertThat(board.header("Idempotent-Replayed")).isNull();
        assertThat(board.id("evidenceId")).isNotEqualTo(first.id("evidenceId"));

        Api.Answer retry = api.as(TestUsers.AGENCY_A).post("/api/v1/recommendations/" + id + "/evidence", evidence,
                "Idempotency-Key", key);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id("evidenceId")).isEqualTo(first.id("evidenceId"));
    }
}
