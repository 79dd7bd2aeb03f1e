package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.safeguarding.tracker.api.command.CommandTransactions;
import org.safeguarding.tracker.api.command.CurrentActor;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST or PUT: the key is claimed, the command runs and its answer is stored,
 * all in one transaction; a retry with the same key and body gets the first answer and records nothing,
 * the same key with another request gets 422. A refusal (4xx) is stored too, after its rollback. Keys are
 * the caller's own: they are stored scoped to the principal, so one user's key never finds another's answer.
 */
@Component
// after the security filters: a stored answer is only ever replayed to a signed-in caller, its own
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.ETAG, "X-Tracker-Position");

    private final IdempotencyStore store;
    private final CommandTransactions transactions;
    private final ObjectMapper json;
    private final CurrentActor currentActor;
    private final Counter replays;
    private final Counter conflicts;

    public IdempotencyFilter(IdempotencyStore store, CommandTransactions transactions, ObjectMapper json,
                             CurrentActor currentActor, MeterRegistry registry) {
        this.store = store;
        this.transactions = transactions;
        this.json = json;
        this.currentActor = currentActor;
        this.replays = Counter.builder("tracker.idempotent.replays")
                .description("Retries answered with the stored first answer").register(registry);
        this.conflicts = Counter.builder("tracker.idempotent.conflicts")
                .description("Idempotency keys sent again with another request (422)").register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(HEADER) == null || !(method.equals("POST") || method.equals("PUT"))
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        // the key is recorded on the events: no control character, as in every other string of a request
        if (key.isEmpty() || key.length() > 200 || RequestStrings.hasControlCharacter(key)) {
            Problems.write(response, json, ProblemType.INVALID_REQUEST.problem(HEADER
                    + " is 1 to 200 characters, none of them a control character"));
            return;
        }
        int limit = (int) RequestSizeFilter.MAX_BODY_BYTES;
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            Problems.write(response, json, ProblemType.TOO_LARGE.problem());
            return;
        }
        String callersKey = key;
        key = scoped(key);
        String hash = fingerprint(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Optional<StoredAnswer> earlier;
        // the command path records the caller's key on the events, as it does the correlation id
        MDC.put(CommandMetadata.IDEMPOTENCY_KEY, callersKey);
        try {
            earlier = runClaimed(key, hash, new CachedBodyRequest(request, body), answer, chain);
        } finally {
            MDC.remove(CommandMetadata.IDEMPOTENCY_KEY);
        }
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, response);
            return;
        }
        if (isStorableRefusal(answer.getStatus())) {
            store.recordRefusal(key, capture(hash, answer));
        }
        answer.copyBodyToResponse();
    }

    private Optional<StoredAnswer> runClaimed(String key, String hash, HttpServletRequest request,
                                             ContentCachingResponseWrapper answer, FilterChain chain)
            throws ServletException, IOException {
        try {
            return transactions.inOne(status -> {
                Optional<StoredAnswer> earlier = store.claimOrFind(key, hash);
                if (earlier.isPresent()) {
                    return earlier;
                }
                try {
                    chain.doFilter(request, answer);
                } catch (IOException | ServletException e) {
                    throw new FilterFailure(e);
                }
                if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                    store.complete(key, capture(hash, answer));
                } else {
                    status.setRollbackOnly();
                }
                return Optional.empty();
            });
        } catch (FilterFailure failure) {
            if (failure.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failure.getCause();
        }
    }

    private void replay(StoredAnswer earlier, String hash, HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            conflicts.increment();
            Problems.write(response, json, ProblemType.IDEMPOTENCY_KEY_REUSED.problem());
            return;
        }
        replays.increment();
        response.setStatus(earlier.status());
        earlier.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(earlier.body());
    }

    private static boolean isStorableRefusal(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
    }

    private static StoredAnswer capture(String hash, ContentCachingResponseWrapper answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (answer.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, answer.getContentType());
        }
        return new StoredAnswer(hash, answer.getStatus(), headers, answer.getContentAsByteArray());
    }

    /** The key as stored: a digest of the principal and the key, so it fits the column whatever the name. */
    private String scoped(String key) {
        MessageDigest digest = sha256();
        digest.update((currentActor.get().name() + "\n" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        MessageDigest digest = sha256();
        // If-Match is part of the request: a retry that names another version is another request
        String target = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + "\nIf-Match: " + request.getHeader(HttpHeaders.IF_MATCH) + "\n";
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }
    }
}
