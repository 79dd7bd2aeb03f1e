package org.safeguarding.tracker.api.web;

/** Nothing is stored under the id or code in the path (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
