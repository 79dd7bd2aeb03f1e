package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The idempotency record lives in PostgreSQL: a retry after the service restarted still gets the first answer. */
class IdempotencyAcrossRestartIT {

    @Test
    void aRetryAfterARestartGetsTheFirstAnswerAndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> review = Map.of("board", "RESTART-" + UUID.randomUUID().toString().substring(0, 8)
                .toUpperCase(), "reference", "SCR-1", "kind", "SCR", "title", "t", "commissionedOn", "2012-01-01");

        Api.Answer first;
        try (ConfigurableApplicationContext service = start()) {
            first = api(service).post("/api/v1/reviews", review, "Idempotency-Key", key);
        }
        assertThat(first.status()).isEqualTo(201);

        try (ConfigurableApplicationContext restarted = start()) {
            Api api = api(restarted);
            Api.Answer retry = api.post("/api/v1/reviews", review, "Idempotency-Key", key);

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.text()).isEqualTo(first.text());
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            String board = (String) review.get("board");
            List<?> reviews = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
                    api.get("/api/v1/reviews?board=" + board + "&minPosition=" + first.position()).json().get("items"),
                    List.class);
            assertThat(reviews).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start() {
        TestDatabase.Coordinates database = TestDatabase.get();
        // command-line arguments: default properties would lose to application.yml's embedded default
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(TrackerApplication.class)
                .run(arguments.toArray(String[]::new));
        assertThat(service.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(database.url());
        return service;
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
