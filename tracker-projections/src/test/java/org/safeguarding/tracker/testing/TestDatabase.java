package org.safeguarding.tracker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one place tests get their PostgreSQL from, a fresh database per test run, dropped at its end:
 * <ol>
 * <li>{@code TRACKER_TEST_DB_URL} (+ {@code TRACKER_TEST_DB_USER}, {@code TRACKER_TEST_DB_PASSWORD}) names a
 * server: a new database is created on it;</li>
 * <li>else, with a Docker engine, a Testcontainers PostgreSQL;</li>
 * <li>else, with {@code TRACKER_TEST_DB=embedded}, an embedded PostgreSQL started by the test JVM;</li>
 * <li>else the run fails, saying how to provide one.</li>
 * </ol>
 */
public final class TestDatabase {

    public record Coordinates(String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = provide();
        }
        return coordinates;
    }

    private static Coordinates provide() {
        String serverUrl = System.getenv("TRACKER_TEST_DB_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            return freshDatabaseOn(serverUrl, env("TRACKER_TEST_DB_USER", "postgres"),
                    env("TRACKER_TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        if ("embedded".equalsIgnoreCase(System.getenv("TRACKER_TEST_DB"))) {
            return embedded();
        }
        throw new IllegalStateException("""
                The tests need PostgreSQL, and none was provided. Either
                  - point them at a server: TRACKER_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
                (and TRACKER_TEST_DB_USER / TRACKER_TEST_DB_PASSWORD); each run creates and drops its own database;
                  - or run a Docker engine, for a Testcontainers PostgreSQL;
                  - or set TRACKER_TEST_DB=embedded to start an embedded PostgreSQL inside the test JVM.""");
    }

    /**
     * Another fresh database on the same server, also dropped at the end of the run, for a test that must own
     * the whole log (one that tampers with it, or starts from an old schema).
     */
    public static synchronized Coordinates another() {
        Coordinates shared = get();
        return freshDatabaseOn(shared.url(), shared.user(), shared.password());
    }

    private static Coordinates freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "tracker_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        return new Coordinates(withDatabase(serverUrl, name), user, password);
    }

    private static Coordinates embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception e) {
                    System.err.println("could not stop the embedded test PostgreSQL: " + e.getMessage());
                }
            }));
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded test PostgreSQL", e);
        }
    }

    /** The same server URL with its database replaced: {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String serverUrl, String database) {
        int hostStart = serverUrl.indexOf("//") + 2;
        int pathStart = serverUrl.indexOf('/', hostStart);
        int query = serverUrl.indexOf('?', hostStart);
        String params = query < 0 ? "" : serverUrl.substring(query);
        String host = serverUrl.substring(0, pathStart < 0 || (query >= 0 && query < pathStart)
                ? (query < 0 ? serverUrl.length() : query) : pathStart);
        return host + "/" + database + params;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
