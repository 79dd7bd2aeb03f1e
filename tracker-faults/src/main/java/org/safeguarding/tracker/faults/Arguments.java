package org.safeguarding.tracker.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
        String user = options.getOrDefault("db-user", env("TRACKER_TEST_DB_USER", "postgres"));
        String password = options.getOrDefault("db-password", env("TRACKER_TEST_DB_PASSWORD", ""));
        String url = options.get("db-url");
        if (url == null) {
            String server = env("TRACKER_TEST_DB_URL", null);
            if (server == null) {
                throw new IllegalArgumentException("give --db-url, or TRACKER_TEST_DB_URL naming a server\n" + USAGE);
            }
            url = freshDatabase(server, user, password);
        }
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

    /** A new database on the server, dropped when the harness exits. */
    private static String freshDatabase(String serverUrl, String user, String password) throws SQLException {
        String name = "tracker_faults_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("could not drop " + name + ": " + e.getMessage());
            }
        }));
        FaultHarness.JdbcTarget server = FaultHarness.JdbcTarget.of(serverUrl);
        int query = server.rest().indexOf('?');
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + name
                + (query < 0 ? "" : server.rest().substring(query));
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
