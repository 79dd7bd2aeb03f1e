package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Reopens a closed recommendation, e.g. when a new review shows the change did not stick.")
public record ReopeningRequest(
        @Schema(example = "Re-referral in 2014 showed the procedure was not followed")
        @NotBlank @Size(max = Limits.LONG_TEXT) String reason,
        @Schema(example = "2014-04-10") @NotNull LocalDate reopenedOn) {
}
