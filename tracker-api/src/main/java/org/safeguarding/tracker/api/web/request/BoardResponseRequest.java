package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.recommendation.ResponseDecision;

@Schema(description = "The board's formal response, given once; a reason is required unless ACCEPTED.")
public record BoardResponseRequest(
        @Schema(example = "PARTIALLY_ACCEPTED") @NotNull ResponseDecision decision,
        @Schema(example = "Accepted for social care and police; health already complies", nullable = true)
        @Size(max = Limits.LONG_TEXT) String reason,
        @Schema(example = "2013-03-20") @NotNull LocalDate respondedOn) {
}
