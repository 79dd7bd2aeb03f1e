package org.safeguarding.tracker.domain.recommendation;

public enum Assurance {
    PENDING, ACCEPTED, REJECTED
}
