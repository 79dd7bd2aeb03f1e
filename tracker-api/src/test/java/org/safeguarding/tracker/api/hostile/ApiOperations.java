package org.safeguarding.tracker.api.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The operations of the service's own OpenAPI document: what the hostile requests are derived from. */
final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One parameter: where it goes (path, query, header), its name and its schema. */
    record Parameter(String in, String name, JsonNode schema, JsonNode example) {
        String format() {
            return schema.path("format").asText("");
        }

        String type() {
            JsonNode type = schema.path("type");
            return type.isArray() ? type.get(0).asText() : type.asText("string");
        }
    }

    /** A JSON body: its properties (name to schema), the required ones and the documented example. */
    record Body(Map<String, JsonNode> properties, Set<String> required, JsonNode example) {
    }

    record Operation(String method, String path, List<Parameter> parameters, Body body) {
        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private ApiOperations() {
    }

    static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(each -> {
                JsonNode parameter = resolve(document, each);
                parameters.add(new Parameter(parameter.get("in").asText(), parameter.get("name").asText(),
                        resolve(document, parameter.path("schema")), parameter.path("example")));
            });
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters),
                    body(document, operation.path("requestBody"))));
        }));
        return List.copyOf(operations);
    }

    private static Body body(JsonNode document, JsonNode requestBody) {
        JsonNode schema = resolve(document, requestBody.path("content").path("application/json").path("schema"));
        if (schema.isMissingNode() || !schema.has("properties")) {
            return null;
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.get("properties").fields().forEachRemaining(property ->
                properties.put(property.getKey(), resolve(document, property.getValue())));
        Set<String> required = new java.util.TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return new Body(properties, required, schema.path("example"));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode reference = node.path("$ref");
        return reference.isTextual() ? document.at(reference.asText().substring(1)) : node;
    }
}
