package org.safeguarding.tracker.domain.rules;

/** A natural key (a review reference in a board, a recommendation reference in a review) is already used. */
public final class ReferenceTakenException extends DomainException {
    public ReferenceTakenException(String field, String message) {
        super(field, message);
    }
}
