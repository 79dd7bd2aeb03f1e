package org.safeguarding.tracker.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the tests: real requests to the running service, JSON in and out, signed in as
 * {@link TestUsers#BOARD} unless told otherwise.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    /** The Authorization header sent with every request; null: none. */
    private final String authorization;

    public Api(int port) {
        this("http://localhost:" + port, basic(TestUsers.BOARD.name(), TestUsers.BOARD.password()));
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same service, signed in with HTTP Basic as this user. */
    public Api as(TestUsers.User user) {
        return withBasic(user.name(), user.password());
    }

    public Api withBasic(String name, String password) {
        return new Api(base, basic(name, password));
    }

    public Api withBearer(String token) {
        return new Api(base, "Bearer " + token);
    }

    /** The same service, with no credentials at all. */
    public Api anonymous() {
        return new Api(base, null);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Answer(int status, Map<String, String> headers, String text) {

        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public long position() {
            return Long.parseLong(header("X-Tracker-Position"));
        }

        public String id(String field) {
            return json().get(field).asText();
        }
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Answer post(String path, Object body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(body(body)).header("Content-Type", "application/json"),
                headers);
    }

    public Answer put(String path, Object body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(body(body)).header("Content-Type", "application/json"),
                headers);
    }

    /** Any method with a raw body; the caller names the content type, if any, among the headers. */
    public Answer send(String method, String path, String rawBody, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(rawBody)),
                headers);
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> names = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> names.put(name.toLowerCase(), values.get(0)));
            return new Answer(response.statusCode(), names, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
