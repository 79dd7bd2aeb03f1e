package org.safeguarding.tracker.domain.rules;

/** A rule of the recommendation's or review's lifecycle forbids the command in the current state. */
public final class LifecycleRuleException extends DomainException {
    public LifecycleRuleException(String message) {
        super(null, message);
    }

    public LifecycleRuleException(String field, String message) {
        super(field, message);
    }
}
