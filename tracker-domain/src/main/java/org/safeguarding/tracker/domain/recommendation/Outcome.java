package org.safeguarding.tracker.domain.recommendation;

public enum Outcome {
    IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, WITHDRAWN
}
