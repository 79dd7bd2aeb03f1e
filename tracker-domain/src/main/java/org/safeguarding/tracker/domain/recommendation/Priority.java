package org.safeguarding.tracker.domain.recommendation;

public enum Priority {
    HIGH, NORMAL
}
