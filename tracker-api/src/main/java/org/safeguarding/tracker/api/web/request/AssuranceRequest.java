package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.recommendation.AssuranceDecision;

@Schema(description = "The board's decision on one piece of evidence; ACCEPTED completes the agency's assignment.")
public record AssuranceRequest(
        @Schema(example = "ACCEPTED") @NotNull AssuranceDecision decision,
        @Schema(example = "Monitoring subgroup satisfied with the audit", nullable = true)
        @Size(max = Limits.LONG_TEXT) String note,
        @Schema(example = "2013-12-05") @NotNull LocalDate decidedOn) {
}
