package org.safeguarding.tracker.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntUnaryOperator;

/** One HTTP attempt at a time, signed in as the harness's board user; every attempt is kept for the figures. */
final class Http {

    static final String USER = "harness-board";
    static final String PASSWORD = "harness-board-password";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final IntUnaryOperator ports;
    private final long startNanos;
    private final Duration timeout;
    final Queue<Answer> seen = new ConcurrentLinkedQueue<>();
    /** Every kind of I/O failure by its message, to tell a clean refusal from a broken answer. */
    final Map<String, Integer> failures = new ConcurrentHashMap<>();

    Http(IntUnaryOperator ports, long startNanos, Duration timeout) {
        this.ports = ports;
        this.startNanos = startNanos;
        this.timeout = timeout;
    }

    long now() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    Answer get(int instance, String path) {
        return send(instance, "GET", path, null, null, null);
    }

    Answer send(int instance, String method, String path, String body, String idempotencyKey, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ports.applyAsInt(instance) + path))
                .timeout(timeout).header("Authorization", authorization)
                .header("Accept", path.startsWith("/api/v1/events") ? "application/x-ndjson" : "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long sent = now();
        Answer answer;
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            answer = new Answer(instance, method, path, response.statusCode(), response.headers(), response.body(),
                    sent, now() - sent, null);
        } catch (IOException e) {
            answer = new Answer(instance, method, path, Answer.NO_ANSWER, null, null, sent, now() - sent, kind(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(instance, method, path, Answer.NO_ANSWER, null, null, sent, now() - sent,
                    "interrupted");
        }
        seen.add(answer.withoutBody());
        return answer;
    }

    /**
     * refused: nothing listened; closed-before-answer: the server closed the (kept-alive) connection before any
     * byte of an answer, so the request was not taken (HTTP lets a client send it again); timeout: no answer in
     * time; reset: the connection broke otherwise, possibly mid-answer.
     */
    private String kind(IOException e) {
        failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
        String message = String.valueOf(e.getMessage());
        if (message.contains("header parser received no bytes")) {
            return "closed-before-answer";
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return "refused";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connect-timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        return "reset";
    }
}
