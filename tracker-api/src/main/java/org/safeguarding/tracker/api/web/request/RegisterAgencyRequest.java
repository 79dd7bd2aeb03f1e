package org.safeguarding.tracker.api.web.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "The agency's display name; its code is in the path.")
public record RegisterAgencyRequest(
        @Schema(example = "Children's Social Care") @NotBlank @Size(max = Limits.SHORT_TEXT) String name) {
}
