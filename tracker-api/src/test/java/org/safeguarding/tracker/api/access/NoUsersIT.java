package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.TrackerApplication;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** No default password anywhere: a service with no user and no issuer refuses every API request, and says why. */
@ExtendWith(OutputCaptureExtension.class)
class NoUsersIT {

    @Test
    void withNoUserAndNoIssuerEveryApiRequestIs401HealthIsOpenAndOneLineSaysHowToAddAUser(CapturedOutput output) {
        TestDatabase.Coordinates database = TestDatabase.get();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(TrackerApplication.class)
                .properties("server.port=0", "tracker.db.url=" + database.url(),
                        "spring.datasource.username=" + database.user(),
                        "spring.datasource.password=" + database.password()).run()) {
            Api api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));

            for (String path : new String[] {"/api/v1/agencies", "/api/v1/events", "/api/v1/views/themes"}) {
                Api.Answer answer = api.get(path);
                assertThat(answer.status()).as(path).isEqualTo(401);
                assertThat(answer.json().get("type").asText()).isEqualTo("urn:tracker:problem:unauthenticated");
                assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(401);
            }
            assertThat(api.put("/api/v1/agencies/NOUSERS", "{\"name\":\"n\"}").status()).isEqualTo(401);
            Api.Answer health = api.anonymous().get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        }
        long lines = output.getAll().lines().filter(line -> line.contains("No one can sign in")).count();
        assertThat(lines).isEqualTo(1);
        assertThat(output.getAll()).contains("TRACKER_SECURITY_BASIC_USERS=name:password:BOARD")
                .doesNotContain("Using generated security password").doesNotContain(TestUsers.BOARD.password());
    }
}
