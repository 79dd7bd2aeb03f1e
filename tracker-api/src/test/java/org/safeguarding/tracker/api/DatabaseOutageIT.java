package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While PostgreSQL cannot be reached, every request answers a 503 service-unavailable problem with Retry-After
 * within a few seconds (never a hang, never a 500) and health is DOWN; once it is back the service answers again
 * with no manual step. The outage is the test's own database refusing connections, its sessions terminated.
 */
class DatabaseOutageIT {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void whileTheDatabaseIsAwayEveryAnswerIsA503ProblemWithRetryAfterAndHealthIsDown() throws Exception {
        TestDatabase.Coordinates database = TestDatabase.another();
        try (ConfigurableApplicationContext service = start(database)) {
            Api api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
            Api.Answer before = api.post("/api/v1/reviews", review());
            assertThat(before.status()).as(before.text()).isEqualTo(201);
            String reviewId = before.id("reviewId");

            outage(database, true);
            try {
                assertUnavailable(() -> api.post("/api/v1/reviews", review()));
                assertUnavailable(() -> api.post("/api/v1/reviews", review(),
                        "Idempotency-Key", UUID.randomUUID().toString()));
                assertUnavailable(() -> api.get("/api/v1/reviews/" + reviewId));
                assertUnavailable(() -> api.get("/api/v1/views/themes"));
                assertUnavailable(() -> api.get("/api/v1/recommendations?minPosition=" + before.position()));
                Api.Answer health = assertTimeoutPreemptively(BOUND, () -> api.get("/actuator/health"));
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
            } finally {
                outage(database, false);
            }

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(api.get("/actuator/health").status()).isEqualTo(200));
            Api.Answer after = api.post("/api/v1/reviews", review());
            assertThat(after.status()).as(after.text()).isEqualTo(201);
            assertThat(api.get("/api/v1/views/themes?minPosition=" + after.position()).status()).isEqualTo(200);
        }
    }

    private static void assertUnavailable(org.junit.jupiter.api.function.ThrowingSupplier<Api.Answer> request) {
        Api.Answer answer = assertTimeoutPreemptively(BOUND, request);
        assertThat(answer.status()).as(answer.text()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:tracker:problem:service-unavailable");
        assertThat(answer.text()).doesNotContain("SQL", "Exception", "org.");
    }

    private static Map<String, Object> review() {
        return Map.of("board", "OUTAGE", "reference", "R-" + UUID.randomUUID(), "kind", "SCR", "title", "t",
                "commissionedOn", "2012-01-01");
    }

    /** Down: the database refuses new connections and its sessions are ended. Up: it accepts them again. */
    private static void outage(TestDatabase.Coordinates database, boolean down) throws SQLException {
        String url = database.url();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres" + url.substring(url.indexOf(name)
                + name.length());
        try (Connection connection = DriverManager.getConnection(server, database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("alter database " + name + " allow_connections " + !down);
            if (down) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                        + "'");
            }
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Coordinates database) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }
}
