package org.safeguarding.tracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.TrackerApplication;
import org.safeguarding.tracker.domain.agency.AgencyRegistered;
import org.safeguarding.tracker.domain.agency.AgencyRenamed;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database written before events were chained verifies intact once the service has migrated it. */
class ChainBackfillIT {

    @Test
    void eventsStoredBeforeTheChainAreChainedAndNewOnesChainOnThem() {
        TestDatabase.Coordinates database = TestDatabase.another();
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").target("9").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(),
                database.password()));
        jdbc.update("insert into agency_registry (code) values ('OLD')");
        store(jdbc, 0, AgencyRegistered.class, "{\"code\":\"OLD\",\"name\":\"Old agency\"}");
        store(jdbc, 1, AgencyRenamed.class, "{\"name\":\"Old agency, renamed\",\"code\":\"OLD\"}");

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0", "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                TestUsers.arguments()[0], TestUsers.arguments()[1])) {
            Api api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
            JsonNode report = api.get("/api/v1/audit/verify").json();
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("checkedEvents").asLong()).isEqualTo(2);

            assertThat(api.put("/api/v1/agencies/OLD", Map.of("name", "Old agency, renamed again")).status())
                    .isEqualTo(200);
            report = api.get("/api/v1/audit/verify?aggregateId=OLD").json();
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("checkedEvents").asLong()).isEqualTo(3);
        }
    }

    private static void store(JdbcTemplate jdbc, long sequence, Class<?> payloadType, String payload) {
        jdbc.update("""
                        insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                            payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                        values (?, ?, ?, '1', ?, ?, 'OLD', ?, 'Agency')""",
                UUID.randomUUID().toString(), "{\"actor\":\"anonymous\",\"role\":\"NONE\"}"
                        .getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                payloadType.getName(), Instant.now().toString(), sequence);
    }
}
