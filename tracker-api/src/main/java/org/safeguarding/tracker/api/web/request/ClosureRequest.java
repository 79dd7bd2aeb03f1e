package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.recommendation.Outcome;

@Schema(description = "Closes the recommendation. SUPERSEDED requires supersededBy; other outcomes forbid it.")
public record ClosureRequest(
        @Schema(example = "IMPLEMENTED") @NotNull Outcome outcome,
        @Schema(example = "All agencies evidenced the escalation procedure in use")
        @NotBlank @Size(max = Limits.LONG_TEXT) String rationale,
        @Schema(example = "2014-01-15") @NotNull LocalDate closedOn,
        @Schema(example = "9b2e4c61-0d8f-4e3a-b1c7-5a6d7e8f9012", nullable = true) UUID supersededBy) {
}
