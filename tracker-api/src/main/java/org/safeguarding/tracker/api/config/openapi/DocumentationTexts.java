package org.safeguarding.tracker.api.config.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

/**
 * The prose and examples of the published document, kept as data under {@code openapi/} on the classpath:
 * the conventions (Markdown), and the descriptions and examples of schemas, parameters, headers and problems.
 */
public record DocumentationTexts(String conventions, Map<String, Doc> schemas, Map<String, Doc> parameters,
                                 Map<String, Doc> headers, Map<String, Doc> headerParameters,
                                 List<ProblemAnswer> problems) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static DocumentationTexts load() {
        JsonNode headers = json("headers.json");
        return new DocumentationTexts(text("conventions.md"), schemas(json("schemas.json")),
                docs(json("parameters.json")), docs(headers.get("headers")), docs(headers.get("parameters")),
                ProblemAnswer.all(json("problems.json")));
    }

    /**
     * A schema's example is its own, or is cut from another's ({@code exampleAt}, a JSON pointer into the file)
     * with its own fields first: the parts of a recommendation's state show the same recommendation.
     */
    private static Map<String, Doc> schemas(JsonNode file) {
        Map<String, Doc> schemas = new LinkedHashMap<>();
        file.fields().forEachRemaining(entry -> {
            JsonNode doc = entry.getValue();
            JsonNode example = doc.get("example");
            if (doc.has("exampleAt")) {
                JsonNode cut = file.at(doc.get("exampleAt").asText()).deepCopy();
                example = example == null ? cut : ((ObjectNode) example.deepCopy()).setAll((ObjectNode) cut);
            }
            schemas.put(entry.getKey(), new Doc(doc.path("description").textValue(), example));
        });
        return schemas;
    }

    private static Map<String, Doc> docs(JsonNode file) {
        Map<String, Doc> docs = new LinkedHashMap<>();
        file.fields().forEachRemaining(entry -> docs.put(entry.getKey(),
                new Doc(entry.getValue().path("description").textValue(), entry.getValue().get("example"))));
        return docs;
    }

    private static JsonNode json(String name) {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        return new ClassPathResource("openapi/" + name).getInputStream();
    }
}
