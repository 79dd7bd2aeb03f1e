package org.safeguarding.tracker.faults;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link FaultHarness#main}. Without {@code --db-url} the harness creates its own database
 * on the server {@code TRACKER_TEST_DB_URL} names (user and password from {@code TRACKER_TEST_DB_USER} and
 * {@code TRACKER_TEST_DB_PASSWORD}) and drops it at the end, as the tests do.
 */
final class Arguments {

    static final String USAGE = """
            fault harness: --jar tracker-api/target/tracker-api-<version>.jar [--dir target/faults]
              [--instances 2] [--clients 4] [--commands 2500] [--faults kill,term,outage,gap]
              [--outage-seconds 10] [--hold-seconds 4] [--heap 384m] [--service-arg --some.key=value]...
              [--db-url jdbc:postgresql://host:port/db --db-user postgres --db-password ...]""";

    private Arguments() {
    }

    static Settings parse(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>();
        List<String> serviceArguments = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(USAGE);
            }
            if (args[i].equals("--service-arg")) {
                serviceArguments.add(args[++i]);
            } else {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        ScratchDatabase.Choice database = ScratchDatabase.Choice.of(options, "tracker_faults", USAGE);
        String url = database.url();
        String user = database.user();
        String password = database.password();
        Settings ci = Settings.ci(FaultHarness.path(required(options, "jar")),
                FaultHarness.path(options.getOrDefault("dir", "target/faults")), url, user, password);
        return new Settings(ci.jar(), ci.dir(), url, user, password,
                Integer.parseInt(options.getOrDefault("instances", String.valueOf(ci.instances()))),
                Integer.parseInt(options.getOrDefault("clients", String.valueOf(ci.clients()))),
                Integer.parseInt(options.getOrDefault("commands", String.valueOf(ci.commands()))),
                options.containsKey("faults")
                        ? FaultHarness.split(options.get("faults")).stream().map(Fault::of).toList() : ci.faults(),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("outage-seconds", "10"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("hold-seconds", "4"))),
                options.getOrDefault("heap", ci.heap()), serviceArguments);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }

}
