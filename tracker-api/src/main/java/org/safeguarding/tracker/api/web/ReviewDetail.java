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

@Schema(description = "A review, its recommendations (from the list projection) and the earlier reviews it is a re-referral of.",
        example = """
                {"reviewId": "a2c4e6f8-1b3d-4f5a-8c7e-9d0b1a2c3e4f", "board": "LSCB-NORTH", "reference": "SCR-2014-01",
                 "kind": "SCR", "title": "Serious case review: Child M (2014)", "commissionedOn": "2014-04-15",
                 "publishedOn": null, "open": 1, "closed": 0,
                 "recommendations": [{"recommendationId": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", "reference": "1.1",
                                      "status": "OPEN"}],
                 "reReferralOf": [{"earlierReviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "referredOn": "2014-04-03",
                                   "note": "Family re-referred after further concerns"}],
                 "version": 2}""")
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
