package org.safeguarding.tracker.api.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;

@Schema(description = "The new evidence's id, beside the recommendation's new state")
public record EvidenceAnswer(UUID evidenceId, @JsonUnwrapped RecommendationState recommendation) {
}
