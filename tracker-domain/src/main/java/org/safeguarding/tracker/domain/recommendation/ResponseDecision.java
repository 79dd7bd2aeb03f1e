package org.safeguarding.tracker.domain.recommendation;

public enum ResponseDecision {
    ACCEPTED, PARTIALLY_ACCEPTED, REJECTED
}
