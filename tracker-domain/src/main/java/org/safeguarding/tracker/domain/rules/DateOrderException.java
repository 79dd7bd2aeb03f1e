package org.safeguarding.tracker.domain.rules;

/** A date in the command is earlier than a stored date it must follow. */
public final class DateOrderException extends DomainException {
    public DateOrderException(String field, String message) {
        super(field, message);
    }
}
