package org.safeguarding.tracker.api.web.request;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Links this review, as a re-referral of the same family, to an earlier review of the same board.")
public record RecordReReferralRequest(
        @Schema(example = "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70") @NotNull UUID earlierReviewId,
        @Schema(example = "2014-04-03") @NotNull LocalDate referredOn,
        @Schema(example = "Family re-referred after further abuse", nullable = true)
        @Size(max = Limits.LONG_TEXT) String note) {
}
