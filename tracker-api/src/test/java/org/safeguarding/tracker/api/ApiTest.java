package org.safeguarding.tracker.api;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running service on a real PostgreSQL; every subclass shares one Spring context and one database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    protected Api api;
    protected Scenario given;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Coordinates database = TestDatabase.get();
        registry.add("tracker.db.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        // Spring Boot's tests switch metrics export off; the service's /actuator/prometheus is tested too
        registry.add("management.prometheus.metrics.export.enabled", () -> "true");
        for (String property : TestUsers.properties()) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        given = new Scenario(api);
    }

    /** A code no other test uses, so tests sharing the database do not see each other's data. */
    protected static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
