package org.safeguarding.tracker.api;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A service of a test's own, on a database of its own, for a test that changes the store or its settings. */
public final class OwnService {

    private OwnService() {
    }

    /** Started on a random port with the test users and {@code settings} ({@code --key=value}). */
    public static ConfigurableApplicationContext start(String... settings) {
        TestDatabase.Coordinates database = TestDatabase.another();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--tracker.db.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        // arguments, not default properties: those would lose to application.yml's own values
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    public static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }
}
