package org.safeguarding.tracker.domain.recommendation;

public enum RecommendationStatus {
    OPEN, CLOSED
}
