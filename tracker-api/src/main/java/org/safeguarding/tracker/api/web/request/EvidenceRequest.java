package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.code.CodeFormat;

@Schema(description = "Evidence of implementation or impact from an agency assigned to the recommendation.")
public record EvidenceRequest(
        @Schema(example = "CSC", pattern = CodeFormat.REGEX) @NotBlank @Code String agency,
        @Schema(example = "Audit of 40 cases: 98% of staff received monthly supervision")
        @NotBlank @Size(max = Limits.LONG_TEXT) String summary,
        @Schema(example = "https://intranet.example/audits/2013-11", nullable = true)
        @Size(max = Limits.SHORT_TEXT) String link,
        @Schema(example = "2013-11-20") @NotNull LocalDate submittedOn) {
}
