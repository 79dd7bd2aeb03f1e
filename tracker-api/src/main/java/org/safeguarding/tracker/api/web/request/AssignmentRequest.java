package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.tracker.domain.code.CodeFormat;

@Schema(description = "Assigns the recommendation to a registered agency, once per agency; dueOn >= assignedOn.")
public record AssignmentRequest(
        @Schema(example = "CSC", pattern = CodeFormat.REGEX) @NotBlank @Code String agency,
        @Schema(description = "The owner's role, never a person's private details", example = "Head of Safeguarding")
        @NotBlank @Size(max = Limits.SHORT_TEXT) String owner,
        @Schema(example = "2013-09-30") @NotNull LocalDate dueOn,
        @Schema(example = "2013-04-01") @NotNull LocalDate assignedOn) {
}
