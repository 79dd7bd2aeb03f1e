package org.safeguarding.tracker.domain.rules;

/** A part of the aggregate the command addresses does not exist (an evidence id, an agency's assignment). */
public final class UnknownResourceException extends DomainException {
    public UnknownResourceException(String message) {
        super(null, message);
    }
}
