package org.safeguarding.tracker.api.config.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/** The description and example the document gives a schema, parameter or header; either may be null. */
public record Doc(String description, JsonNode example) {
}
