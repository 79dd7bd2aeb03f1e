package org.safeguarding.tracker.projections.lists;

import java.util.UUID;

import org.safeguarding.tracker.domain.recommendation.RecommendationStatus;

/** A recommendation as a review lists it. */
public record RecommendationSummary(UUID recommendationId, String reference, RecommendationStatus status) {
}
