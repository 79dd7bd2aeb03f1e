package org.safeguarding.tracker.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service on a database of its own, for a test class that tampers with its store or schema: the class starts
 * it in its own {@code @BeforeAll} with {@link #start}; every test gets a BOARD client.
 */
public abstract class OwnDatabaseTest {

    protected static ConfigurableApplicationContext service;
    protected static JdbcTemplate jdbc;

    protected Api api;
    protected Scenario given;

    /** The extra arguments ({@code --key=value}) win over application.yml, as default properties would not. */
    protected static void start(String... extra) {
        TestDatabase.Coordinates database = TestDatabase.another();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        arguments.addAll(List.of(extra));
        service = new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
        jdbc = service.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void client() {
        api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
        given = new Scenario(api);
    }
}
