package org.safeguarding.tracker.domain.rules;

/**
 * A command the domain refuses. Each subtype is one kind of refusal, so the edge can map it to
 * exactly one problem type and status without reading messages.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidCommandException, UnknownReferenceException, UnknownResourceException,
        LifecycleRuleException, DateOrderException, ReferenceTakenException {

    private final String field;

    protected DomainException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The request field the refusal is about, or {@code null} when it concerns the whole command. */
    public String field() {
        return field;
    }
}
