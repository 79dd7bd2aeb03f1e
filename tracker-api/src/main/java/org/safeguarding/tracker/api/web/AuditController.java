package org.safeguarding.tracker.api.web;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.audit.LogVerifier;
import org.safeguarding.tracker.api.audit.VerificationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Proof that the event log is complete and unaltered")
public class AuditController {

    private final LogVerifier verifier;

    public AuditController(LogVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chains and checkpoints of the event log",
            description = "Every event carries a SHA-256 hash over the hash of the event before it in its aggregate, "
                    + "its aggregate, sequence, types, revision, time, payload and attribution metadata; checkpoints "
                    + "fold every aggregate's latest hash into one hash of the whole log. This recomputes them all "
                    + "(or one aggregate's) and names the broken link with the lowest position: a changed event "
                    + "(hash mismatch), a deleted one (sequence gap, or missing from a checkpoint), two reordered "
                    + "(previous-hash mismatch). 200 whether intact or not. The same check runs offline on an "
                    + "export of /events.")
    @ApiResponse(responseCode = "200", description = "The verification's report: intact, or the first broken link",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "aggregateId names no aggregate",
            ref = "#/components/responses/NotFound")
    public VerificationReport verify(
            @Parameter(description = "Verify only this aggregate's history: a recommendation or review id, or an "
                    + "agency code", example = "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21")
            @RequestParam(required = false) String aggregateId) {
        return verifier.verify(Optional.ofNullable(aggregateId));
    }
}
