package org.safeguarding.tracker.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What PostgreSQL itself takes on this machine: event-shaped rows, one INSERT per transaction (autocommit, so
 * each is a durable commit), into a table of the benchmark's own made like the service's domain_event_entry
 * (so the service must have migrated the database first). Each client has its own connection; payloads are the
 * size of a real event's JSON.
 */
final class RawBaseline {

    /** The live table's columns, types, defaults and indexes; its own sequence, so the store gets no gaps. */
    private static final String[] TABLE = {
            "drop schema if exists bench cascade",
            "create schema bench",
            "create table bench.event_entry (like public.domain_event_entry including all)",
            "create sequence bench.event_entry_global_index_seq owned by bench.event_entry.global_index",
            "alter table bench.event_entry alter column global_index"
                    + " set default nextval('bench.event_entry_global_index_seq')"};
    private static final String INSERT = """
            insert into bench.event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                time_stamp, aggregate_identifier, sequence_number, type, previous_hash, chain_hash)
            values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)""";
    private static final byte[] PAYLOAD = ("{\"recommendationId\":\"" + UUID.randomUUID() + "\",\"reviewId\":\""
            + UUID.randomUUID() + "\",\"reference\":\"1\",\"text\":\"Ensure each agency escalates concerns\","
            + "\"themes\":[\"ESCALATION\",\"TRAINING\"],\"raisedOn\":\"2020-02-01\",\"priority\":\"NORMAL\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] META_DATA = ("{\"actor\":\"bench-board\",\"correlationId\":\"" + UUID.randomUUID()
            + "\",\"traceId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
    private static final String HASH = "0123456789abcdef".repeat(4);

    private final Settings settings;

    RawBaseline(Settings settings) {
        this.settings = settings;
    }

    void createTable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : TABLE) {
                statement.execute(sql);
            }
        }
    }

    Timed.Figures run(int clients, Duration duration) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(connect());
            }
            return Timed.run(clients, duration, client -> {
                PreparedStatement insert = prepare(connections.get(client));
                String aggregate = UUID.randomUUID().toString();
                long[] sequence = {0};
                return () -> {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setBytes(2, META_DATA);
                    insert.setBytes(3, PAYLOAD);
                    insert.setString(4, "org.safeguarding.tracker.domain.recommendation.RecommendationRaised");
                    insert.setString(5, Instant.now().toString());
                    insert.setString(6, aggregate);
                    insert.setLong(7, sequence[0]++);
                    insert.setString(8, "Recommendation");
                    insert.setString(9, HASH);
                    insert.setString(10, HASH);
                    return insert.executeUpdate() == 1;
                };
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static PreparedStatement prepare(Connection connection) {
        try {
            return connection.prepareStatement(INSERT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }
}
