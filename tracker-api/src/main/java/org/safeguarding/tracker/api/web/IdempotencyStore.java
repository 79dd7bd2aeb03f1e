package org.safeguarding.tracker.api.web;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Idempotency keys and their first answers, in PostgreSQL so a retry after a restart is still recognised. */
@Component
public class IdempotencyStore {

    private static final int IN_PROGRESS = 0;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request inside the caller's transaction, or answers what is stored under it.
     * A concurrent claim of the same key waits here until the first one commits or rolls back.
     */
    public Optional<StoredAnswer> claimOrFind(String key, String requestHash) {
        int claimed = jdbc.update("""
                insert into idempotent_request (idempotency_key, request_hash, status, headers, body)
                values (?, ?, ?, '{}', '') on conflict do nothing""", key, requestHash, IN_PROGRESS);
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.query("select request_hash, status, headers::text, body from idempotent_request"
                        + " where idempotency_key = ?",
                (row, i) -> new StoredAnswer(row.getString(1), row.getInt(2), headers(row.getString(3)),
                        row.getBytes(4)), key).stream().findFirst();
    }

    /** Stores the answer of a claimed key, in the transaction that claimed it. */
    public void complete(String key, StoredAnswer answer) {
        jdbc.update("update idempotent_request set status = ?, headers = cast(? as jsonb), body = ?"
                        + " where idempotency_key = ?",
                answer.status(), write(answer.headers()), answer.body(), key);
    }

    /** Stores a refusal, after its transaction rolled back, unless another request stored an answer first. */
    public void recordRefusal(String key, StoredAnswer answer) {
        jdbc.update("""
                        insert into idempotent_request (idempotency_key, request_hash, status, headers, body)
                        values (?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""",
                key, answer.requestHash(), answer.status(), write(answer.headers()), answer.body());
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> headers(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
