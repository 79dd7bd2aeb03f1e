package org.safeguarding.tracker.domain.rules;

/** The command contradicts itself (a date order inside it, a field its other fields forbid or require). */
public final class InvalidCommandException extends DomainException {
    public InvalidCommandException(String field, String message) {
        super(field, message);
    }
}
