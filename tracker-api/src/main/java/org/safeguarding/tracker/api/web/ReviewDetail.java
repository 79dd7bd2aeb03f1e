package org.safeguarding.tracker.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.safeguarding.tracker.domain.recommendation.RecommendationStatus;
import org.safeguarding.tracker.domain.review.ReReferral;
import org.safeguarding.tracker.domain.review.ReviewKind;
import org.safeguarding.tracker.domain.review.ReviewState;
import org.safeguarding.tracker.projections.lists.RecommendationSummary;

@Schema(description = "A review, its recommendations (from the list projection) and the earlier reviews it is a re-referral of.")
public record ReviewDetail(UUID reviewId, String board, String reference, ReviewKind kind, String title,
                           LocalDate commissionedOn, LocalDate publishedOn, long open, long closed,
                           List<RecommendationSummary> recommendations, List<ReReferral> reReferralOf,
                           long version) {

    public static ReviewDetail of(ReviewState review, List<RecommendationSummary> recommendations) {
        long open = recommendations.stream().filter(r -> r.status() == RecommendationStatus.OPEN).count();
        return new ReviewDetail(review.reviewId(), review.board(), review.reference(), review.kind(),
                review.title(), review.commissionedOn(), review.publishedOn(), open,
                recommendations.size() - open, recommendations, review.reReferralOf(), review.version());
    }
}
