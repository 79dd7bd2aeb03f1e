package org.safeguarding.tracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP/1.1 to the service, signed in as the benchmark's BOARD user. Callers send synchronously from a fixed number
 * of threads, so the client's pool never holds more kept-alive connections than there are threads.
 */
final class Client {

    static final String USER = "bench-board";
    static final String PASSWORD = "bench-board-password";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final String base;
    private final ObjectMapper json = new ObjectMapper();

    record Answer(int status, String body, String position, String etag) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        long version() {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }
    }

    Client(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer command(String method, String path, Object body, Long ifMatch) {
        return send(method, path, write(body), ifMatch);
    }

    private Answer send(String method, String path, String body, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("X-Tracker-Position").orElse(null),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", null, null);
        }
    }

    /** The answer's field, or a failure naming what came back instead. */
    String field(Answer answer, String name) {
        if (!answer.ok()) {
            throw new IllegalStateException("expected a 2xx, got " + answer.status() + " " + answer.body());
        }
        try {
            JsonNode node = json.readTree(answer.body()).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + answer.body(), e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
