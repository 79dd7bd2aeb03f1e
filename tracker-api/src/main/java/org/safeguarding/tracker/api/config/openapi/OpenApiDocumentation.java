package org.safeguarding.tracker.api.config.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Applies the texts to the generated document: reusable parts, schema docs and examples, then each operation. */
public final class OpenApiDocumentation {

    private OpenApiDocumentation() {
    }

    public static void apply(OpenAPI openApi, DocumentationTexts texts) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        ReusableComponents.add(openApi.getComponents(), texts);
        schemas.forEach((name, schema) -> describe(texts.schemas().get(name), schema));
        schemas.forEach((name, schema) -> Examples.complete(name, schema, schemas));
        OperationRules rules = new OperationRules(texts.parameters(), schemas);
        openApi.getPaths().entrySet().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().readOperationsMap().forEach(rules::document));
        AccessDocumentation.apply(openApi);
    }

    private static void describe(Doc doc, Schema<?> schema) {
        if (doc != null && schema.getDescription() == null) {
            schema.setDescription(doc.description());
        }
        if (doc != null && doc.example() != null) {
            schema.setExample(doc.example());
        }
    }
}
