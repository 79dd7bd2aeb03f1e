package org.safeguarding.tracker.api;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service on a database of its own, for a test that tampers with its store or schema; signed in by TestUsers. */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Starts it; the extra arguments ({@code --key=value}) win over application.yml, as default properties would not. */
    public static ConfigurableApplicationContext start(String... extra) {
        TestDatabase.Coordinates database = TestDatabase.another();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A client of it, signed in as BOARD. */
    public static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }
}
