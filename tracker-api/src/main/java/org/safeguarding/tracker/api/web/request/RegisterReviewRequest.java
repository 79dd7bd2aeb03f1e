package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.code.CodeFormat;
import org.safeguarding.tracker.domain.review.ReviewKind;

@Schema(description = "A case review commissioned by a board. Anonymised: never a child's name.")
public record RegisterReviewRequest(
        @Schema(description = "The board's code", example = "LSCB-NORTH", pattern = CodeFormat.REGEX)
        @NotBlank @Code String board,
        @Schema(description = "Unique within the board", example = "MAR-2013-02")
        @NotBlank @Size(max = Limits.SHORT_TEXT) String reference,
        @Schema(example = "MAR") @NotNull ReviewKind kind,
        @Schema(example = "Multi-agency review: Child M") @NotBlank @Size(max = Limits.SHORT_TEXT) String title,
        @Schema(example = "2011-06-01") @NotNull LocalDate commissionedOn,
        @Schema(example = "2013-02-14", nullable = true) LocalDate publishedOn) {
}
