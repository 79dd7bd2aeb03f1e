package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document describes every operation and schema, with examples: a new endpoint, answer
 * or record without documentation fails here, naming what lacks it.
 */
class OpenApiDocumentIT extends ApiTest {

    private static final Set<String> COMMANDS = Set.of("post", "put");
    private JsonNode document;

    @BeforeEach
    void readTheDocument() {
        Api.Answer answer = api.get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @Test
    void describesTheApiAndItsConventions() {
        JsonNode info = document.get("info");
        assertThat(info.get("title").asText()).isEqualTo("Case-review recommendation tracker API");
        assertThat(info.get("version").asText()).isEqualTo("v1");
        assertThat(info.get("description").asText()).contains("/api/v1", "ISO-8601", "If-Match", "412",
                "Idempotency-Key", "422", "X-Tracker-Position", "minPosition", "503", "Retry-After",
                "application/problem+json", "errors", "X-Correlation-Id", "page", "size", "total");
    }

    @Test
    void everyOperationHasASummaryADescriptionAndAnswersWithExamples() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                missing.add(name + ": summary");
            }
            if (operation.path("description").asText().isBlank()) {
                missing.add(name + ": description");
            }
            if (successes(operation).isEmpty()) {
                missing.add(name + ": a documented 2xx answer");
            }
            operation.get("responses").fields().forEachRemaining(response -> {
                JsonNode content = resolve(response.getValue()).path("content");
                if (content.isEmpty() || !allHaveExamples(content)) {
                    missing.add(name + " " + response.getKey() + ": an answer body with an example");
                }
                if (response.getKey().matches("[45]\\d\\d") && !content.has("application/problem+json")) {
                    missing.add(name + " " + response.getKey() + ": an application/problem+json body");
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void commandsDocumentTheirHeadersAndTheProblemsTheyCanAnswer() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Set<String> parameters = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter).get("name").asText()));
            Set<String> statuses = new TreeSet<>();
            operation.get("responses").fieldNames().forEachRemaining(statuses::add);
            // an operator's POST that records no event (a dead letter's retry) is not a command
            if (COMMANDS.contains(name.substring(0, name.indexOf(' '))) && !operation.has("x-records-no-event")) {
                expect(missing, name, parameters, "Idempotency-Key", "X-Correlation-Id");
                expect(missing, name, statuses, "409", "422");
                if (operation.has("requestBody")) {
                    expect(missing, name, statuses, "400");
                }
                successes(operation).forEach((status, response) -> {
                    Set<String> headers = names(response.path("headers"));
                    if (!status.equals("202")) { // an accepted command recorded its event (202: work under way)
                        expect(missing, name + " " + status, headers, "ETag", "X-Tracker-Position");
                    }
                    if (status.equals("201")) {
                        expect(missing, name + " " + status, headers, "Location");
                    }
                });
            }
            if (parameters.contains("If-Match")) {
                expect(missing, name, statuses, "412");
            }
            if (parameters.contains("minPosition")) {
                expect(missing, name, statuses, "503");
                expect(missing, name + " 503", names(resolve(operation.at("/responses/503")).path("headers")),
                        "Retry-After");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everySchemaHasADescriptionAndAnExampleOfAllItsFields() {
        List<String> missing = new ArrayList<>();
        document.at("/components/schemas").fields().forEachRemaining(entry -> {
            JsonNode schema = entry.getValue();
            if (schema.path("description").asText().isBlank()) {
                missing.add(entry.getKey() + ": description");
            }
            if (!schema.hasNonNull("example")) {
                missing.add(entry.getKey() + ": example");
            } else if (schema.has("properties") && !names(schema.get("example")).equals(names(schema.get("properties")))) {
                missing.add(entry.getKey() + ": an example with exactly its fields " + names(schema.get("properties"))
                        + ", not " + names(schema.get("example")));
            }
        });
        assertThat(document.at("/components/schemas").size()).isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void schemasNameExactlyTheFieldsOfRealAnswers() {
        String agency = given.agency(uniqueCode("DOCS"));
        String id = given.recommendation();
        given.assign(id, agency, "2012-02-01", "2012-06-30");
        Api.Answer evidence = api.post("/api/v1/recommendations/" + id + "/evidence",
                Map.of("agency", agency, "summary", "Audit report", "submittedOn", "2012-03-01"));
        JsonNode state = api.get("/api/v1/recommendations/" + id).json();

        assertThat(names(evidence.json())).isEqualTo(fieldsOf("EvidenceAnswer"));
        assertThat(names(state)).isEqualTo(fieldsOf("RecommendationState"));
        assertThat(names(state.at("/assignments/0"))).isEqualTo(fieldsOf("Assignment"));
        assertThat(names(state.at("/evidence/0"))).isEqualTo(fieldsOf("Evidence"));
    }

    @Test
    void declaresBothWaysToSignInAndTheRolesOfEveryOperation() {
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        List<String> missing = new ArrayList<>();
        Set<String> roles = Set.of("BOARD", "AGENCY", "AUDITOR", "DASHBOARD");
        forEachOperation((name, operation) -> {
            JsonNode declared = operation.path("x-roles");
            if (declared.isEmpty()) {
                missing.add(name + ": x-roles");
            }
            declared.forEach(role -> {
                if (!roles.contains(role.asText())) {
                    missing.add(name + ": unknown role " + role);
                }
            });
            if (!operation.path("description").asText().contains("Roles: ")) {
                missing.add(name + ": the roles in its description");
            }
            if (operation.path("security").size() != 2) {
                missing.add(name + ": both security schemes");
            }
            expect(missing, name, names(operation.get("responses")), "401", "403");
        });
        assertThat(missing).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1events/get/x-roles").toString())
                .isEqualTo("[\"BOARD\",\"AUDITOR\"]");
        assertThat(document.at("/paths/~1api~1v1~1recommendations~1{id}~1evidence/post/description").asText())
                .contains("Roles: BOARD, AGENCY (AGENCY: only as its own agency");
    }

    @Test
    void theDocumentAndSwaggerUiNeedNoSignIn() {
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void servesSwaggerUi() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        Api.Answer entry = api.get("/swagger-ui.html");
        assertThat(entry.status()).isIn(200, 302);
        if (entry.status() == 302) {
            assertThat(entry.header("Location")).contains("/swagger-ui/index.html");
        }
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        List<String> seen = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/")) {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue().has("responses")) {
                        seen.add(operation.getKey() + " " + path.getKey());
                        check.accept(operation.getKey() + " " + path.getKey(), operation.getValue());
                    }
                });
            }
        });
        assertThat(seen).contains("post /api/v1/recommendations/{id}/closure", "get /api/v1/events");
    }

    private Map<String, JsonNode> successes(JsonNode operation) {
        Map<String, JsonNode> successes = new TreeMap<>();
        operation.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                successes.put(response.getKey(), resolve(response.getValue()));
            }
        });
        return successes;
    }

    private static boolean allHaveExamples(JsonNode content) {
        for (JsonNode media : content) {
            if (!media.hasNonNull("example") && media.path("examples").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolve(document.at(node.get("$ref").asText().substring(1))) : node;
    }

    private Set<String> fieldsOf(String schema) {
        return names(document.at("/components/schemas/" + schema + "/properties"));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void expect(List<String> missing, String where, Set<String> present, String... expected) {
        for (String name : expected) {
            if (!present.contains(name)) {
                missing.add(where + ": " + name);
            }
        }
    }
}
