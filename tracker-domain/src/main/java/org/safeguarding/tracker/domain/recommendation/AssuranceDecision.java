package org.safeguarding.tracker.domain.recommendation;

public enum AssuranceDecision {
    ACCEPTED, REJECTED
}
