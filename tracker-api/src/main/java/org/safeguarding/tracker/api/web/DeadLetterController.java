package org.safeguarding.tracker.api.web;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.config.openapi.OperationRules;
import org.safeguarding.tracker.api.deadletter.DeadLetterEntry;
import org.safeguarding.tracker.api.deadletter.DeadLetters;
import org.safeguarding.tracker.api.deadletter.RetryOutcome;
import org.safeguarding.tracker.projections.Page;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Events a list or view could not handle, for an operator to retry or "
        + "evict")
public class DeadLetterController {

    private static final String GROUP = "The processing group: tracker-lists, tracker-views-blue or "
            + "tracker-views-green";
    private static final String SEQUENCE = "The sequence: the id of the event's aggregate (a recommendation or "
            + "review id, an agency code)";

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "A page of the events the lists and views could not handle",
            description = "When a projection fails on an event (other than on a fault of the moment, such as the "
                    + "database being unreachable, which it retries), the event is dead-lettered and the later "
                    + "events of the same aggregate queue behind it, in order, while every other aggregate's events "
                    + "flow on. The queue is shared by every instance. Ordered by processing group, sequence and "
                    + "place in the sequence. The cause is a short description; the full one is in the log.")
    @ApiResponse(responseCode = "200", description = "The page of dead letters", useReturnTypeSchema = true)
    public Page<DeadLetterEntry> page(
            @Parameter(description = "Only this processing group's letters", example = "tracker-lists")
            @RequestParam(required = false) String processingGroup,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return deadLetters.list(Optional.ofNullable(processingGroup), Paging.of(page, size));
    }

    @PostMapping("/{group}/{sequenceId}/retry")
    @Operation(summary = "Hand one aggregate's dead letters to its projection again",
            description = "Once the cause is removed: the letters of the sequence are handled in order; each "
                    + "handled one leaves the queue and shows in the list or view. The first to fail again stays "
                    + "queued, its retries one higher, with those behind it (STILL_FAILING). Records no event.",
            extensions = @Extension(properties = @ExtensionProperty(name = OperationRules.RECORDS_NO_EVENT,
                    value = "true", parseValue = true)))
    @ApiResponse(responseCode = "200", description = "What the retry did, and the letters still queued",
            useReturnTypeSchema = true)
    public RetryOutcome retry(@Parameter(description = GROUP, example = "tracker-lists") @PathVariable String group,
                              @Parameter(description = SEQUENCE, example = "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21")
                              @PathVariable String sequenceId) {
        return deadLetters.retry(group, sequenceId);
    }

    @DeleteMapping("/{group}/{sequenceId}")
    @Operation(summary = "Give up on one aggregate's dead letters",
            description = "Removes every letter of the sequence: its projection will not show those events, and "
                    + "the aggregate's next events are handled as they come. For an event no retry can handle. "
                    + "A rebuild of the views replays them (POST /views/rebuild); the lists have no rebuild. "
                    + "Records no event.")
    @ApiResponse(responseCode = "200", description = "The letters removed", useReturnTypeSchema = true)
    public List<DeadLetterEntry> evict(@Parameter(description = GROUP, example = "tracker-lists")
                                       @PathVariable String group,
                                       @Parameter(description = SEQUENCE,
                                               example = "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21")
                                       @PathVariable String sequenceId) {
        return deadLetters.evict(group, sequenceId);
    }
}
