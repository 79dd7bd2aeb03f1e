package org.safeguarding.tracker.domain.rules;

/** An id or code inside the command names nothing: an unregistered agency, an unknown review or recommendation. */
public final class UnknownReferenceException extends DomainException {
    public UnknownReferenceException(String field, String message) {
        super(field, message);
    }
}
