package org.safeguarding.tracker.api.web;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.audit.Checkpoint;
import org.safeguarding.tracker.api.audit.Checkpoints;
import org.safeguarding.tracker.api.audit.LogVerifier;
import org.safeguarding.tracker.api.audit.VerificationReport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Proof that the event log is complete and unaltered")
public class AuditController {

    private final LogVerifier verifier;
    private final Checkpoints checkpoints;
    private final ObjectMapper json;

    public AuditController(LogVerifier verifier, Checkpoints checkpoints, ObjectMapper json) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chains and checkpoints of the event log",
            description = "Every event carries a SHA-256 hash over the hash of the event before it in its aggregate, "
                    + "its aggregate, sequence, types, revision, time, payload and attribution metadata; checkpoints "
                    + "fold every aggregate's latest hash into one hash of the whole log. This recomputes them all "
                    + "(or one aggregate's) and names the broken link with the lowest position: a changed event "
                    + "(hash mismatch), a deleted one (sequence gap, or missing from a checkpoint), two reordered "
                    + "(previous-hash mismatch). 200 whether intact or not. The same check runs offline on an "
                    + "export of /events and of /audit/checkpoints.")
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

    @GetMapping(value = "/checkpoints", produces = NdjsonAnswer.MEDIA_TYPE)
    @Operation(summary = "Every checkpoint of the event log, one JSON document a line",
            description = "All checkpoints in position order, each with the hash of the one before it, its own hash "
                    + "and the heads it recorded (the aggregates whose last event changed since the one before): "
                    + "what an auditor needs, with an export of /events, to recompute the checkpoints offline and "
                    + "so to see the deletion of an aggregate's last event, which no later link reveals. A hash "
                    + "is the SHA-256 of the lines tracker-checkpoint/1, previousHash (empty for the first), "
                    + "position, then one canonical JSON {aggregateId, hash, position, sequence} a head.")
    @ApiResponse(responseCode = "200", description = "Every checkpoint, oldest first, one Checkpoint a line; none "
            + "before the first is taken",
            content = @Content(mediaType = NdjsonAnswer.MEDIA_TYPE,
                    schema = @Schema(implementation = Checkpoint.class),
                    examples = @ExampleObject(name = "two checkpoints", value = """
                {"position":4180,"previousHash":null,\
                "hash":"0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091","heads":[\
                {"aggregateId":"CSC","sequence":0,"position":4012,\
                "hash":"1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001"},\
                {"aggregateId":"5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21","sequence":5,"position":4180,\
                "hash":"9a0b7c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f"}]}
                {"position":4183,\
                "previousHash":"0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091",\
                "hash":"5d6e7f8091a2b3c4d5e6f708192a3b4c0c1d2e3f405162738495a6b7c8d9e0f1","heads":[\
                {"aggregateId":"5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21","sequence":6,"position":4182,\
                "hash":"4f3e2d1c0b0a99887766554433221100ffeeddccbbaa00112233445566778899"},\
                {"aggregateId":"CSC","sequence":1,"position":4183,\
                "hash":"7e6d5c4b3a29180f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f70819"}]}
                """)))
    public ResponseEntity<StreamingResponseBody> checkpoints() {
        return NdjsonAnswer.<Checkpoint>of(json, each -> checkpoints.stream(Optional.empty(), each));
    }
}
