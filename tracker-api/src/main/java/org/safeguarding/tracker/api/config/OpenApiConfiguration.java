package org.safeguarding.tracker.api.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import org.safeguarding.tracker.api.config.openapi.DocumentationTexts;
import org.safeguarding.tracker.api.config.openapi.OpenApiDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html). Controllers and web records
 * carry their own annotations; one customizer adds what is the same for every operation, and what may not
 * live in the domain: the conventions, the reusable problem answers, headers and parameters, and a description
 * and example for each schema generated from a domain or projection record (those stay free of web annotations).
 * The prose and examples are data under {@code src/main/resources/openapi/}.
 */
@Configuration
public class OpenApiConfiguration {

    /**
     * Schemas show what the application's ObjectMapper writes of a record (its components; not helper methods
     * such as isClosed(), which the model resolver's own mapper would list).
     */
    @Bean
    public ModelConverter writtenPropertiesOnly(ObjectMapper applicationMapper) {
        return (type, context, chain) -> {
            Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            Schema<?> model = schema == null || schema.get$ref() == null ? schema
                    : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            JavaType javaType = applicationMapper.constructType(type.getType());
            if (model == null || model.getProperties() == null || !javaType.getRawClass().isRecord()) {
                return schema;
            }
            List<BeanPropertyDefinition> written = applicationMapper.getSerializationConfig().introspect(javaType)
                    .findProperties();
            if (written.stream().noneMatch(property -> property.getPrimaryMember() != null
                    && property.getPrimaryMember().hasAnnotation(JsonUnwrapped.class))) {
                model.getProperties().keySet().retainAll(written.stream().map(BeanPropertyDefinition::getName)
                        .collect(Collectors.toSet()));
            }
            return schema;
        };
    }

    @Bean
    public OpenApiCustomizer trackerOpenApiCustomizer() {
        DocumentationTexts texts = DocumentationTexts.load();
        return openApi -> {
            openApi.info(new Info().title("Case-review recommendation tracker API").version("v1")
                    .description(texts.conventions()));
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            schemas.putAll(ModelConverters.getInstance(true).readAll(new AnnotatedType(ProblemDocument.class)));
            schemas.remove("JsonNode");
            schemas.remove("StreamingResponseBody");
            if (schemas.get("RecordedEvent") != null) {
                schemas.get("RecordedEvent").getProperties().put("payload", new Schema<>().type("object")
                        .types(Set.of("object")).description("The event's fields as stored, by its type and revision"));
            }
            OpenApiDocumentation.apply(openApi, texts);
        };
    }

    /** The shape of every problem answer, read into the "Problem" and "FieldError" schemas. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Problem")
    private record ProblemDocument(URI type, String title, int status, String detail, URI instance,
                                   List<FieldError> errors) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FieldError")
    private record FieldError(String field, String message) {
    }
}
