package org.safeguarding.tracker.api.config.openapi;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The headers, header parameters and problem answers that operations refer to under #/components/. */
final class ReusableComponents {

    static final String COMPONENTS = "#/components/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private ReusableComponents() {
    }

    static void add(Components components, DocumentationTexts texts) {
        texts.headers().forEach((name, doc) -> components.addHeaders(name, new Header()
                .description(doc.description()).example(doc.example().asText()).schema(stringSchema())));
        texts.headerParameters().forEach((name, doc) -> components.addParameters(name, new Parameter().in("header")
                .name(name).required(false).description(doc.description()).example(doc.example().asText())
                .schema(stringSchema())));
        for (ProblemAnswer answer : texts.problems()) {
            MediaType problem = new MediaType().schema(new Schema<>().$ref(COMPONENTS + "schemas/Problem"));
            answer.examples().forEach(example -> problem.addExamples(example.type().kind(),
                    new Example().summary(example.type().title()).value(example.body())));
            ApiResponse response = new ApiResponse().description(answer.description())
                    .content(new Content().addMediaType(PROBLEM_JSON, problem))
                    .addHeaderObject("X-Correlation-Id", ref("headers/X-Correlation-Id"));
            if (answer.status().equals("503")) {
                response.addHeaderObject("Retry-After", ref("headers/Retry-After"));
            }
            components.addResponses(answer.name(), response);
        }
        Map<String, Schema> schemas = components.getSchemas();
        schemas.get("Problem").setExample(texts.problems().get(0).examples().get(0).body());
    }

    static Header ref(String component) {
        return new Header().$ref(COMPONENTS + component);
    }

    private static Schema<?> stringSchema() {
        return new Schema<>().type("string").types(Set.of("string"));
    }
}
