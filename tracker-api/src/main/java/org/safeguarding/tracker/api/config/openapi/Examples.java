package org.safeguarding.tracker.api.config.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.models.media.Schema;

/** Examples composed from the documented ones, so that each example is written once. */
final class Examples {

    private Examples() {
    }

    /** A Page of a documented schema, and a record whose every property has an example, document themselves. */
    static void complete(String name, Schema<?> schema, Map<String, Schema> schemas) {
        String itemName = name.substring(Math.min(4, name.length()));
        Object item = name.startsWith("Page") ? example(schemas.get(itemName), schemas) : null;
        if (item != null) {
            schema.setDescription(Objects.requireNonNullElse(schema.getDescription(), "A page of " + itemName
                    + ": page counts from 0, size is the page size asked for, total counts the items on all pages."));
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", List.of(item));
            page.put("page", 0);
            page.put("size", 20);
            page.put("total", 1);
            schema.setExample(page);
        }
        Object example = schema.getExample() == null ? example(schema, schemas) : null;
        if (example != null) {
            schema.setExample(example);
        }
    }

    /**
     * A schema's example: its own, else its component's, else one built from its items' or properties'
     * examples; null when any part lacks one, so that what nobody documented stays visibly undocumented.
     */
    static Object example(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getExample() != null) {
            return schema == null ? null : schema.getExample();
        }
        if (schema.get$ref() != null) {
            return example(schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), schemas);
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), schemas);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Object value = example(property.getValue(), schemas);
            if (value == null) {
                return null;
            }
            object.put(property.getKey(), value);
        }
        return object;
    }
}
