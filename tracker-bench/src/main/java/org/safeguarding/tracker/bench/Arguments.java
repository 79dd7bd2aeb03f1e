package org.safeguarding.tracker.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The command line of {@link Benchmark#main}. Without {@code --db-url} the benchmark creates its own database on
 * the server {@code TRACKER_TEST_DB_URL} names (user and password from {@code TRACKER_TEST_DB_USER} and
 * {@code TRACKER_TEST_DB_PASSWORD}) and drops it at the end, as the tests do.
 */
final class Arguments {

    static final String USAGE = """
            benchmark: --jar tracker-api/target/tracker-api-<version>.jar [--quick] [--dir target/bench]
              [--seconds 20 (each level)] [--events N (load up to N events before the rebuild)] [--heap 512m]
              [--service-arg --some.key=value]...
              [--db-url jdbc:postgresql://host:port/db --db-user U --db-password P]""";

    private Arguments() {
    }

    static Settings parse(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>();
        List<String> serviceArguments = new ArrayList<>();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(USAGE);
            } else if (args[i].equals("--service-arg")) {
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
        String jar = options.get("jar");
        if (jar == null) {
            throw new IllegalArgumentException("--jar is required\n" + USAGE);
        }
        Settings defaults = Settings.of(Path.of(jar).toAbsolutePath(),
                Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath(), url, user, password, quick);
        return defaults.with(
                options.containsKey("seconds") ? Duration.ofSeconds(Long.parseLong(options.get("seconds")))
                        : defaults.level(),
                Integer.parseInt(options.getOrDefault("events", String.valueOf(defaults.topUpEvents()))),
                options.getOrDefault("heap", defaults.heap()), serviceArguments);
    }

    /** A new database on the server, dropped when the benchmark exits. */
    private static String freshDatabase(String serverUrl, String user, String password) throws SQLException {
        String name = "tracker_bench_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("could not drop " + name + ": " + e.getMessage());
            }
        }));
        // jdbc:postgresql://host:port/db?query: the same server and query, another database
        int query = serverUrl.indexOf('?');
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        int end = slash >= 0 ? slash : query >= 0 ? query : serverUrl.length();
        return serverUrl.substring(0, end) + "/" + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
