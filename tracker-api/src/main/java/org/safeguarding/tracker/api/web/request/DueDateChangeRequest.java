package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "A new due date for an agency's assignment, decided on changedOn, with its reason.")
public record DueDateChangeRequest(
        @Schema(example = "2013-12-31") @NotNull LocalDate dueOn,
        @Schema(example = "Audit postponed until the new case system is live")
        @NotBlank @Size(max = Limits.LONG_TEXT) String reason,
        @Schema(example = "2013-09-15") @NotNull LocalDate changedOn) {
}
