package org.safeguarding.tracker.api.config.openapi;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.safeguarding.tracker.api.web.ProblemType;

/**
 * A reusable problem answer of the document (e.g. "Conflict", 409) and its example bodies, each of one
 * {@link ProblemType}: type, title and status come from the catalogue, the rest from {@code problems.json}.
 */
public record ProblemAnswer(String name, String status, String description, List<Example> examples) {

    public record Example(ProblemType type, JsonNode body) {
    }

    static List<ProblemAnswer> all(JsonNode file) {
        List<ProblemAnswer> answers = new ArrayList<>();
        for (JsonNode answer : file) {
            List<Example> examples = new ArrayList<>();
            answer.get("examples").forEach(example -> examples.add(example(example)));
            String status = Integer.toString(examples.get(0).type().status().value());
            if (examples.stream().anyMatch(example -> example.type().status().value() != Integer.parseInt(status))) {
                throw new IllegalStateException(answer.get("name").asText() + " mixes statuses");
            }
            answers.add(new ProblemAnswer(answer.get("name").asText(), status, answer.get("description").asText(),
                    examples));
        }
        return answers;
    }

    /** The body as the API writes it: type, title, status, detail, then instance and errors when given. */
    private static Example example(JsonNode example) {
        ProblemType type = ProblemType.ofKind(example.get("kind").asText());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type.type().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", example.has("detail") ? example.get("detail").asText() : type.problem().getDetail());
        example.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("kind") && !field.getKey().equals("detail")) {
                body.set(field.getKey(), field.getValue());
            }
        });
        return new Example(type, body);
    }
}
