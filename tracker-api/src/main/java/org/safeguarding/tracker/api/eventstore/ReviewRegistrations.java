package org.safeguarding.tracker.api.eventstore;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.tracker.domain.review.ReviewRegistered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each review's key as its {@link ReviewRegistered} event (the first of its stream) recorded it, read from the
 * event store itself, so what is derived from it holds on any instance whatever a registry table says. A key
 * never changes, so each is read once and kept.
 */
public class ReviewRegistrations implements Function<UUID, ReviewKey> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<UUID, ReviewKey> keys = new ConcurrentHashMap<>();

    public ReviewRegistrations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReviewKey apply(UUID reviewId) {
        return keys.computeIfAbsent(reviewId, this::read);
    }

    private ReviewKey read(UUID reviewId) {
        byte[] payload = jdbc.query("""
                        select payload from domain_event_entry
                        where aggregate_identifier = ? and sequence_number = 0 and payload_type = ?""",
                row -> row.next() ? row.getBytes(1) : null, reviewId.toString(), ReviewRegistered.class.getName());
        if (payload == null) {
            throw new IllegalStateException("the event store holds no ReviewRegistered for review " + reviewId);
        }
        try {
            JsonNode registered = json.readTree(payload);
            return new ReviewKey(registered.path("board").asText(), registered.path("reference").asText());
        } catch (IOException e) {
            throw new IllegalStateException("the ReviewRegistered of review " + reviewId + " is not JSON", e);
        }
    }
}
