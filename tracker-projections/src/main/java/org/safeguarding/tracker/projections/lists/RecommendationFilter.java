package org.safeguarding.tracker.projections.lists;

import java.util.UUID;

import org.safeguarding.tracker.domain.recommendation.RecommendationStatus;

/** The filters of {@code GET /recommendations}; a {@code null} field does not filter. */
public record RecommendationFilter(UUID reviewId, String agency, RecommendationStatus status, String theme) {
}
