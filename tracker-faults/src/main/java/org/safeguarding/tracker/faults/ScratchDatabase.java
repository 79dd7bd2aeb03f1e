package org.safeguarding.tracker.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new database on a PostgreSQL server, dropped when the JVM exits: where the harness and the benchmark
 * (tracker-bench) run when not given a database of their own, as the tests do.
 */
public final class ScratchDatabase {

    private ScratchDatabase() {
    }

    /** The database a tool's {@code --db-url/--db-user/--db-password} name, or a scratch one on the test server. */
    public record Choice(String url, String user, String password) {

        public static Choice of(Map<String, String> options, String prefix, String usage) throws SQLException {
            String user = options.getOrDefault("db-user", env("TRACKER_TEST_DB_USER", "postgres"));
            String password = options.getOrDefault("db-password", env("TRACKER_TEST_DB_PASSWORD", ""));
            String url = options.get("db-url");
            if (url == null) {
                String server = env("TRACKER_TEST_DB_URL", null);
                if (server == null) {
                    throw new IllegalArgumentException("give --db-url, or TRACKER_TEST_DB_URL naming a server\n" + usage);
                }
                url = create(prefix, server, user, password);
            }
            return new Choice(url, user, password);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** Creates {@code <prefix>_<time>_<random>} on the server {@code serverUrl} names; answers its JDBC URL. */
    public static String create(String prefix, String serverUrl, String user, String password) throws SQLException {
        String name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36) + "_"
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
}
