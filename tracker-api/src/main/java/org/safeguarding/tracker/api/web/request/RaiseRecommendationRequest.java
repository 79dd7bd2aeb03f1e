package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.recommendation.Priority;

@Schema(description = "A recommendation a review's report makes.")
public record RaiseRecommendationRequest(
        @Schema(example = "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70") @NotNull UUID reviewId,
        @Schema(description = "Its reference inside the review", example = "4.3")
        @NotBlank @Size(max = Limits.SHORT_TEXT) String reference,
        @Schema(example = "Ensure each partner agency has an escalation procedure")
        @NotBlank @Size(max = Limits.LONG_TEXT) String text,
        @Schema(example = "[\"ESCALATION\", \"INFORMATION_SHARING\"]")
        @NotEmpty @Size(max = 50)
        List<@NotNull @Code String> themes,
        @Schema(example = "2013-02-14") @NotNull LocalDate raisedOn,
        @Schema(description = "NORMAL when absent", example = "HIGH", nullable = true) Priority priority) {
}
