package org.safeguarding.tracker.api.web;

/** A query parameter, path segment or header the API cannot accept (400). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
