package org.safeguarding.tracker.api.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.web.RequestSizeFilter;

/**
 * Generates malformed and adversarial requests for the operations of the OpenAPI document: each operation's
 * documented method, path, query, headers and body, with the valid ids of a few real aggregates, then some of it
 * tampered with. A tampering marked "certain" makes a request no valid request looks like: it must be refused.
 */
final class HostileRequests {

    /** The ids of real aggregates, so that a path with a valid id reaches the validation of the body. */
    record Fixtures(String agency, String board, String reviewId, String earlierReviewId, String recommendationId,
                    String otherRecommendationId, String evidenceId, long position) {
    }

    /** A piece of a request: its text (already encoded for where it goes), what was done, whether it is certain. */
    private record Part(String text, String tampering, boolean certain) {
        static Part valid(String text) {
            return new Part(text, null, false);
        }

        static Part absent() {
            return new Part(null, null, false);
        }
    }

    private record Body(byte[] bytes, String contentType, boolean chunked, String tampering, boolean certain) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int OVERSIZED = (int) RequestSizeFilter.MAX_BODY_BYTES + 100_000;
    private static final String INVALID_UTF8_MARK = "INVALIDUTF8MARK";

    private final List<ApiOperations.Operation> operations;
    private final Fixtures fixtures;

    HostileRequests(List<ApiOperations.Operation> operations, Fixtures fixtures) {
        this.operations = operations;
        this.fixtures = fixtures;
    }

    Gen<HostileRequest> any() {
        return Gen.of(operations).flatMap(this::against);
    }

    private Gen<HostileRequest> against(ApiOperations.Operation operation) {
        Gen<Part> callers = caller();
        Gen<Part> methods = method(operation);
        Gen<Part> paths = path(operation);
        Gen<Part> queries = query(operation);
        Gen<List<Part>> headerLists = headers(operation);
        Gen<Body> bodies = body(operation);
        return random -> {
                    Part caller = callers.next(random);
                    Part method = methods.next(random);
                    Part path = paths.next(random);
                    Part query = queries.next(random);
                    List<Part> headers = headerLists.next(random);
                    Body body = bodies.next(random);
                    List<String> tampering = new ArrayList<>();
                    boolean certain = false;
                    List<HostileRequest.Header> sent = new ArrayList<>();
                    if (caller.text() != null) {
                        sent.add(HostileRequest.Header.of("Authorization", caller.text()));
                    }
                    for (Part part : concat(List.of(method, path, query), headers)) {
                        if (part.tampering() != null) {
                            tampering.add(part.tampering());
                            certain |= part.certain();
                        }
                    }
                    headers.stream().filter(part -> part.text() != null).forEach(part -> {
                        int colon = part.text().indexOf(':');
                        sent.add(new HostileRequest.Header(part.text().substring(0, colon),
                                part.text().substring(colon + 2).getBytes(StandardCharsets.ISO_8859_1)));
                    });
                    if (body.contentType() != null) {
                        sent.add(HostileRequest.Header.of("Content-Type", body.contentType()));
                    }
                    if (body.tampering() != null) {
                        tampering.add(body.tampering());
                        certain |= body.certain();
                    }
                    if (method.text().equals("HEAD") || method.text().equals("OPTIONS")) {
                        certain = false; // answered without reading the body or the parameters
                    }
                    return new HostileRequest(operation.key(), caller.tampering(), method.text(),
                            path.text() + query.text(), List.copyOf(sent), body.bytes(), body.chunked(),
                            List.copyOf(tampering), certain);
                };
    }

    private static List<Part> concat(List<Part> first, List<Part> second) {
        List<Part> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The Authorization header (text) and who that is (tampering). */
    private static Gen<Part> caller() {
        return Gen.frequencyOf(
                Gen.weighted(75, Gen.just(basic(TestUsers.BOARD))),
                Gen.weighted(4, Gen.just(basic(TestUsers.AUDITOR))),
                Gen.weighted(4, Gen.just(basic(TestUsers.DASHBOARD))),
                Gen.weighted(5, Gen.just(basic(TestUsers.AGENCY_A))),
                Gen.weighted(5, Gen.just(new Part(null, "no credentials", false))),
                Gen.weighted(3, Gen.just(new Part(basicHeader(TestUsers.BOARD.name(), "guessed"),
                        "wrong password", false))),
                Gen.weighted(4, Gen.of("Basic %%%", "Bearer a.b.c", "Digest username=x",
                                "Basic " + Base64.getEncoder().encodeToString(":".getBytes(StandardCharsets.UTF_8)),
                                "Basic " + "QUJD".repeat(2000))
                        .map(header -> new Part(header, "garbage Authorization", false))));
    }

    private static Part basic(TestUsers.User user) {
        return new Part(basicHeader(user.name(), user.password()), user.role(), false);
    }

    private static String basicHeader(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<Part> method(ApiOperations.Operation operation) {
        return Gen.frequencyOf(
                Gen.weighted(92, Gen.just(Part.valid(operation.method()))),
                // not TRACE: Tomcat refuses it itself, with an empty 400 that no application code can shape
                Gen.weighted(5, Gen.of("DELETE", "PATCH")
                        .map(method -> new Part(method, "method " + method, true))),
                Gen.weighted(3, Gen.of("HEAD", "OPTIONS").map(method -> new Part(method, "method " + method,
                        false))));
    }

    private Gen<Part> path(ApiOperations.Operation operation) {
        List<Gen<Part>> segments = operation.in("path").stream().map(this::pathValue).toList();
        if (segments.isEmpty()) {
            return Gen.just(Part.valid(operation.path()));
        }
        return Gen.combine(segments).map(values -> {
            String path = operation.path();
            List<String> tampering = new ArrayList<>();
            boolean certain = false;
            for (int i = 0; i < values.size(); i++) {
                Part value = values.get(i);
                path = path.replace("{" + operation.in("path").get(i).name() + "}", value.text());
                if (value.tampering() != null) {
                    tampering.add(value.tampering());
                    certain |= value.certain();
                }
            }
            return new Part(path, tampering.isEmpty() ? null : String.join(", ", tampering), certain);
        });
    }

    private Gen<Part> pathValue(ApiOperations.Parameter parameter) {
        String name = parameter.name();
        return Gen.frequencyOf(
                Gen.weighted(3, Gen.just(Part.valid(fixture(name, parameter.format())))),
                Gen.weighted(1, Gen.of(UUID.randomUUID().toString(), "not-a-uuid", "lower-case", "%00",
                                "%zz", "%2F", "..", "A;B", "%C0%AF", "%FF", "%E2%80%AE", "%07", "%C2%85", "A%20B",
                                "-1", "1e3", "A".repeat(41), "A".repeat(5000), "%27%20OR%20%271%27%3D%271")
                        .map(value -> new Part(value, "path " + name + "=" + abbreviated(value), true))));
    }

    private String fixture(String name, String format) {
        return switch (name) {
            case "id", "supersededBy", "aggregateId" -> name.equals("supersededBy")
                    ? fixtures.otherRecommendationId() : fixtures.recommendationId();
            case "reviewId" -> fixtures.reviewId();
            case "earlierReviewId" -> fixtures.earlierReviewId();
            case "evidenceId" -> fixtures.evidenceId();
            case "code", "agency" -> fixtures.agency();
            case "board" -> fixtures.board();
            case "group" -> "tracker-lists";
            case "sequenceId" -> fixtures.recommendationId();
            // a path parameter of an endpoint added since: still a value, so the request reaches the service
            default -> format.equals("uuid") ? fixtures.recommendationId() : "HOSTILE";
        };
    }

    private Gen<Part> query(ApiOperations.Operation operation) {
        List<Gen<Part>> parameters = new ArrayList<>(operation.in("query").stream()
                .map(this::queryValue).toList());
        parameters.add(Gen.frequencyOf(
                Gen.weighted(9, Gen.just(Part.absent())),
                Gen.weighted(1, Gen.of("unknown=1", "page=1&page=x", "%zz=1", "a=%FF", "=", "&&&", "a[b]=c")
                        .map(extra -> new Part(extra, "query " + extra, false)))));
        return Gen.combine(parameters).map(values -> {
            List<String> pairs = new ArrayList<>();
            List<String> tampering = new ArrayList<>();
            boolean certain = false;
            for (Part value : values) {
                if (value.text() != null) {
                    pairs.add(value.text());
                }
                if (value.tampering() != null) {
                    tampering.add(value.tampering());
                    certain |= value.certain();
                }
            }
            return new Part(pairs.isEmpty() ? "" : "?" + String.join("&", pairs),
                    tampering.isEmpty() ? null : String.join(", ", tampering), certain);
        });
    }

    private Gen<Part> queryValue(ApiOperations.Parameter parameter) {
        String name = parameter.name();
        String valid = validQuery(parameter);
        return Gen.frequencyOf(
                Gen.weighted(5, Gen.just(Part.absent())),
                Gen.weighted(3, Gen.just(Part.valid(name + "=" + valid))),
                Gen.weighted(3, hostileQuery(parameter).map(value -> new Part(name + "=" + value.text(),
                        "query " + name + "=" + abbreviated(value.text()), value.certain()))));
    }

    private String validQuery(ApiOperations.Parameter parameter) {
        String fixture = fixture(parameter.name(), parameter.format());
        if (fixture != null) {
            return fixture;
        }
        return switch (parameter.name()) {
            case "minPosition" -> Long.toString(fixtures.position());
            case "after", "page" -> "0";
            case "status" -> "OPEN";
            case "theme" -> "ESCALATION";
            case "groupBy" -> "theme";
            default -> parameter.example().isMissingNode() ? "1" : parameter.example().asText();
        };
    }

    /** Values no parameter of the type accepts ("certain"), and odd ones that may be valid. */
    private static Gen<Part> hostileQuery(ApiOperations.Parameter parameter) {
        if (parameter.schema().has("enum")) {
            String first = parameter.schema().get("enum").get(0).asText();
            // a NUL alone is trimmed away by Spring's conversion: the parameter is then absent
            return Gen.oneOf(certainly(first.toLowerCase(), "MAYBE", "1"), maybe("%00"));
        }
        return switch (parameter.type() + " " + parameter.format()) {
            case "integer int32", "integer int64" -> Gen.oneOf(
                    certainly("-1", "abc", "1e3", "99999999999999999999", "1.5", "%2B%2B1",
                            "-9223372036854775809", "NaN"),
                    // read as numbers: " 1", a full-width digit one, hex. Positions beyond the log's head are left
                    // out: waiting for them is not a refusal but the documented 503 after a few seconds
                    parameter.name().equals("minPosition") ? maybe("", "0", "1%20", "%EF%BC%91", "%00")
                            : maybe("", "0", "100000", "2147483648", "9223372036854775807", "0x10", "1%20",
                            "%EF%BC%91", "%00"));
            case "string date" -> Gen.oneOf(
                    certainly("2014-02-30", "%2B999999999-12-31", "-999999999-01-01", "yesterday", "2014-1-1",
                            "20140101", "0000-00-00", "%2B10000-01-01", "-0001-01-01", "2014-01-01T00:00:00Z"),
                    // ISO_DATE reads an offset and ignores it
                    maybe("", "9999-12-31", "0001-01-01", "1900-01-01", "2014-01-01%2B01:00", "%00"));
            case "string date-time" -> Gen.oneOf(
                    certainly("yesterday", "2014-13-01T00:00:00Z", "2014-01-01", "1e9", "2014-01-01T24:00:01Z",
                            "2014-01-01T00:00:00%2B25:00"),
                    maybe("%00", "", "%2B1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
                            "1970-01-01T00:00:00Z", "%2B999999999-12-31T23:59:59Z"));
            default -> maybe("lower", "A".repeat(41), "%07", "%C2%85", "%00", "%FF", "%C0%AF", "%27%20OR%20%271",
                    "%3Cscript%3E", "A".repeat(3000), "%F0%9F%92%A9", "%E2%80%AE", "", "%2525", "..%2F..%2F");
        };
    }

    private static Gen<Part> certainly(String... values) {
        return values(true, values);
    }

    /** Values that must be refused where they are read ({@code certain}), else odd but possibly harmless. */
    private static Gen<Part> values(boolean certain, String... values) {
        return Gen.of(values).map(value -> new Part(value, null, certain));
    }

    private static Gen<Part> maybe(String... values) {
        return Gen.of(values).map(value -> new Part(value, null, false));
    }

    private List<Gen<Part>> headersFor(ApiOperations.Operation operation) {
        boolean command = operation.method().equals("POST") || operation.method().equals("PUT");
        boolean versioned = operation.in("header").stream().anyMatch(header -> header.name().equals("If-Match"));
        return List.of(
                header(versioned ? 4 : 1, "If-Match", Gen.oneOf(
                        values(versioned, "abc", "\"-1\"", "\"99999999999999999999\"", "\"\"", "\"1", "1".repeat(5000),
                                "\"\u00ff\""),
                        maybe("*", "W/\"1\"", "\"1\", \"2\"", "\"1\""))),
                header(command ? 4 : 1, "Idempotency-Key", Gen.oneOf(
                        values(command, "", "   ", "k".repeat(201), "k".repeat(5000), "a\u0085b", "a\u0001b",
                                "a\u007fb", "\u009b"),
                        maybe(UUID.randomUUID().toString(), "\u00ff\u00fe", "a\tb", "'; drop table x; --"))),
                header(2, "Accept", Gen.oneOf(
                        certainly("text/html", "application/xml", "image/png", "garbage", "*/*;q=abc"),
                        maybe("application/problem+json", "text/csv", "*/*", "application/json;q=0",
                                "application/x-ndjson", "", "application/json, text/csv"))),
                header(1, "X-Correlation-Id", maybe("<script>", "c".repeat(5000), "a\u0085b", "../../etc", "",
                        "\u00e9t\u00e9")),
                header(1, "X-Extra", maybe("X-HTTP-Method-Override: DELETE", "Origin: https://evil.example",
                        "Range: bytes=abc", "Content-Encoding: gzip", "X-Forwarded-Host: evil.example",
                        "Cookie: JSESSIONID=garbage", "Forwarded: for=\"[::1\"", "If-None-Match: *",
                        "Content-Range: bytes */1")));
    }

    private Gen<List<Part>> headers(ApiOperations.Operation operation) {
        return Gen.combine(headersFor(operation)).map(List::copyOf);
    }

    /** Absent mostly; else the header with one of the values, "X-Extra" being a whole header line of its own. */
    private static Gen<Part> header(int weight, String name, Gen<Part> values) {
        return Gen.frequencyOf(
                Gen.weighted(20 - weight, Gen.just(Part.absent())),
                Gen.weighted(weight, values.map(value -> {
                    String line = name.equals("X-Extra") ? value.text() : name + ": " + value.text();
                    return new Part(line, "header " + abbreviated(line), value.certain());
                })));
    }

    private Gen<Body> body(ApiOperations.Operation operation) {
        if (operation.body() == null) {
            return Gen.frequencyOf(
                    Gen.weighted(9, Gen.just(new Body(null, null, false, null, false))),
                    Gen.weighted(1, Gen.of("{\"a\":1}", "[[[[", "\u00ff\u00fe")
                            .map(text -> new Body(text.getBytes(StandardCharsets.ISO_8859_1), "application/json",
                                    false, "a body where none is read", false))));
        }
        ObjectNode baseline = baseline(operation.body());
        return Gen.frequencyOf(
                Gen.weighted(2, Gen.just(json(baseline, null, false))),
                Gen.weighted(6, fieldTampering(operation.body(), baseline)),
                Gen.weighted(2, fieldTampering(operation.body(), baseline).flatMap(first -> fieldTampering(
                        operation.body(), (ObjectNode) readOrNull(first)).map(second -> combined(first, second)))),
                Gen.weighted(4, wholeBodyTampering(baseline)),
                Gen.weighted(1, contentTypeTampering(baseline)));
    }

    private static Body combined(Body first, Body second) {
        if (first.bytes() == null || second.bytes() == null || second.tampering() == null) {
            return first;
        }
        return new Body(second.bytes(), second.contentType(), false, first.tampering() + "; " + second.tampering(),
                first.certain() || second.certain());
    }

    private static JsonNode readOrNull(Body body) {
        try {
            JsonNode node = JSON.readTree(body.bytes());
            return node instanceof ObjectNode ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The documented example, with the ids and codes of the real aggregates in place of the example's. */
    private ObjectNode baseline(ApiOperations.Body body) {
        ObjectNode example = body.example().isObject() ? body.example().deepCopy() : NODES.objectNode();
        body.properties().forEach((name, schema) -> {
            String fixture = fixture(name, schema.path("format").asText(""));
            if (fixture != null) {
                example.put(name, fixture);
            } else if (!example.has(name) && schema.has("example")) {
                example.set(name, schema.get("example"));
            }
        });
        if (example.path("outcome").asText().equals("IMPLEMENTED")) {
            example.remove("supersededBy");
        }
        return example;
    }

    private static Body json(ObjectNode body, String tampering, boolean certain) {
        try {
            return new Body(JSON.writeValueAsBytes(body), "application/json", false, tampering, certain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Gen<Body> fieldTampering(ApiOperations.Body body, ObjectNode baseline) {
        if (baseline == null) {
            return Gen.just(new Body(null, null, false, null, false));
        }
        List<String> fields = new ArrayList<>(body.properties().keySet());
        fields.add("actor");
        return Gen.of(fields).flatMap(field -> {
            JsonNode schema = body.properties().get(field);
            if (schema == null) {
                return Gen.of(NODES.textNode("mallory"), deeplyNested(200))
                        .map(value -> json(with(baseline, field, value), "unknown field " + field, true));
            }
            boolean required = body.required().contains(field);
            return Gen.oneOf(
                    Gen.just(json(without(baseline, field), "without " + field, required)),
                    Gen.just(json(with(baseline, field, NODES.nullNode()), field + "=null", required)),
                    wrongType(schema).map(value -> json(with(baseline, field, value.value()),
                            field + "=" + abbreviated(value.value().toString()), value.certain())),
                    invalidUtf8(baseline, field));
        });
    }

    private record Value(JsonNode value, boolean certain) {
    }

    /** Values of another type than the schema's, and values of its type that break its rules. */
    private static Gen<Value> wrongType(JsonNode schema) {
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        String format = schema.path("format").asText("");
        List<Value> values = new ArrayList<>(List.of(
                new Value(NODES.objectNode().put("$gt", ""), true),
                new Value(NODES.arrayNode().add(NODES.arrayNode()), true),
                new Value(deeplyNested(2_000), true),
                new Value(NODES.numberNode(1.5e308), true),
                new Value(NODES.booleanNode(true), true),
                new Value(NODES.numberNode(-1), true)));
        if (type.equals("array")) {
            values.addAll(List.of(new Value(NODES.textNode("ESCALATION"), true),
                    new Value(NODES.arrayNode().addNull(), true),
                    new Value(NODES.arrayNode().add("lower"), true),
                    new Value(NODES.arrayNode().add(123), false),
                    new Value(repeated(schema.path("maxItems").asInt(50) + 1), true),
                    new Value(NODES.arrayNode(), false)));
            return Gen.of(values);
        }
        values.addAll(List.of(
                new Value(NODES.textNode(""), true),
                new Value(NODES.textNode("   "), !schema.path("type").isArray()),
                new Value(NODES.textNode("x".repeat(schema.path("maxLength").asInt(4000) + 1)), true),
                new Value(NODES.textNode("x".repeat(100_000)), true),
                new Value(NODES.textNode("\ud800"), false),
                new Value(NODES.textNode("a\u202eb\u200b"), false),
                new Value(NODES.textNode("' OR '1'='1"), false),
                new Value(NODES.textNode("\uD83D\uDCA9"), false)));
        for (char control : new char[] {'\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f'}) {
            values.add(new Value(NODES.textNode("a" + control + "b"), true));
        }
        if (format.equals("date")) {
            for (String date : new String[] {"2014-02-30", "+999999999-12-31", "-5000-01-01", "0000-01-01",
                    "+10000-01-01", "-0001-12-31", "2014-1-1", "20140101", "2014-01-01T00:00:00Z", "yesterday",
                    "2014-13-01", "2014-01-32", " 2014-01-01"}) {
                values.add(new Value(NODES.textNode(date), true));
            }
            values.add(new Value(NODES.numberNode(16000), true));
            values.add(new Value(NODES.arrayNode().add(2014).add(1).add(1), true));
            values.add(new Value(NODES.textNode("9999-12-31"), false));
            values.add(new Value(NODES.textNode("0001-01-01"), false));
        } else if (format.equals("uuid")) {
            for (String uuid : new String[] {"not-a-uuid", "123", "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f2",
                    "5e8a1d3c2b474f968c0e1a9b7d6e4f21", "{5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21}",
                    "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21x"}) {
                values.add(new Value(NODES.textNode(uuid), true));
            }
            values.add(new Value(NODES.textNode(UUID.randomUUID().toString()), false));
            values.add(new Value(NODES.textNode("00000000-0000-0000-0000-000000000000"), false));
        } else if (schema.has("pattern")) {
            for (String code : new String[] {"lower", "A".repeat(41), "A B", "\u00c4BC", "-A", "A/B", "A\u0130"}) {
                values.add(new Value(NODES.textNode(code), true));
            }
        } else if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            values.addAll(List.of(new Value(NODES.textNode(first.toLowerCase()), true),
                    new Value(NODES.textNode("MAYBE"), true), new Value(NODES.numberNode(0), true),
                    new Value(NODES.numberNode(99), true), new Value(NODES.textNode(first + " "), false)));
        }
        return Gen.of(values);
    }

    private static JsonNode repeated(int count) {
        var array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add("T" + i);
        }
        return array;
    }

    /** Raw JSON: Jackson would refuse to write more than 1,000 levels itself. */
    private static JsonNode deeplyNested(int depth) {
        return NODES.rawValueNode(new RawValue("[".repeat(depth) + "\"deep\"" + "]".repeat(depth)));
    }

    private static ObjectNode with(ObjectNode baseline, String field, JsonNode value) {
        ObjectNode copy = baseline.deepCopy();
        copy.set(field, value);
        return copy;
    }

    private static ObjectNode without(ObjectNode baseline, String field) {
        ObjectNode copy = baseline.deepCopy();
        copy.remove(field);
        return copy;
    }

    /** A string field holding bytes that are not UTF-8: each must be refused, never read as some character. */
    private static Gen<Body> invalidUtf8(ObjectNode baseline, String field) {
        Map<String, byte[]> sequences = Map.of(
                "C3 28", new byte[] {(byte) 0xc3, 0x28},
                "FF", new byte[] {(byte) 0xff},
                "C0 AF (overlong /)", new byte[] {(byte) 0xc0, (byte) 0xaf},
                "ED A0 80 (surrogate)", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                "F8 88 80 80 80", new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                "80", new byte[] {(byte) 0x80},
                "E2 82 (cut)", new byte[] {(byte) 0xe2, (byte) 0x82});
        return Gen.of(sequences.keySet().stream().sorted().toList()).map(name -> {
            Body marked = json(with(baseline, field, NODES.textNode("a" + INVALID_UTF8_MARK + "b")), null, true);
            return new Body(replace(marked.bytes(), INVALID_UTF8_MARK.getBytes(StandardCharsets.US_ASCII),
                    sequences.get(name)), "application/json", false, field + " with invalid UTF-8 " + name, true);
        });
    }

    private static byte[] replace(byte[] bytes, byte[] mark, byte[] with) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.replace(new String(mark, StandardCharsets.ISO_8859_1), new String(with, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Gen<Body> wholeBodyTampering(ObjectNode baseline) {
        byte[] valid = json(baseline, null, false).bytes();
        String text = new String(valid, StandardCharsets.UTF_8);
        String firstField = baseline.fieldNames().hasNext() ? baseline.fieldNames().next() : "x";
        return Gen.oneOf(
                Gen.of("", "null", "[]", "\"x\"", "123", "{", "}", "{\"a\"", text + " {}", text + "x",
                                "{\"" + firstField + "\":1," + text.substring(1), "[".repeat(100_000),
                                "{\"" + "k".repeat(60_000) + "\":1}", "{\"n\":" + "9".repeat(5_000) + "}",
                                "\u0000" + text, "{'a':1}", "<xml/>")
                        .map(body -> new Body(body.getBytes(StandardCharsets.UTF_8), "application/json", false,
                                "body " + abbreviated(body), true)),
                Gen.integers(1, valid.length - 1).map(cut -> new Body(
                        java.util.Arrays.copyOf(valid, cut), "application/json", false, "body cut at " + cut, true)),
                Gen.of(false, true).map(chunked -> new Body(oversized(text), "application/json", chunked,
                        "body of " + OVERSIZED + " bytes" + (chunked ? ", chunked" : ""), true)),
                Gen.just(new Body(valid, "application/json", true, "chunked", false)),
                Gen.just(new Body(("\ufeff" + text).getBytes(StandardCharsets.UTF_8), "application/json",
                        false, "byte order mark", false)),
                Gen.just(new Body(text.getBytes(StandardCharsets.UTF_16BE), "application/json", false,
                        "UTF-16BE", false)));
    }

    /** The valid body with a string field so long that the whole body is beyond the size limit. */
    private static byte[] oversized(String valid) {
        return ("{\"padding\":\"" + "x".repeat(OVERSIZED) + "\"," + valid.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static Gen<Body> contentTypeTampering(ObjectNode baseline) {
        byte[] valid = json(baseline, null, false).bytes();
        return Gen.oneOf(
                Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=x", "%%%/;;", "application/json; charset=nope",
                                "text/csv", "application/octet-stream", "image/png")
                        .map(type -> new Body(valid, type, false, "Content-Type " + type, true)),
                Gen.just(new Body(valid, null, false, "no Content-Type", true)),
                Gen.of("application/json; charset=UTF-16", "application/json;charset=utf-8",
                                "APPLICATION/JSON", "application/merge-patch+json")
                        .map(type -> new Body(valid, type, false, "Content-Type " + type, false)));
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
    }
}
