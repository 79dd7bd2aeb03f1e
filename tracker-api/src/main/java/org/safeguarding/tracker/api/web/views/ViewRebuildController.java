package org.safeguarding.tracker.api.web.views;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.projections.views.ViewGenerationState;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.safeguarding.tracker.projections.views.ViewRebuild;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
// produces: a command whose answer the caller cannot accept is refused (406) before it runs, not after
@RequestMapping(value = "/api/v1/views/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Views")
public class ViewRebuildController {

    private final ViewRebuild rebuild;
    private final ViewGenerations generations;

    public ViewRebuildController(ViewRebuild rebuild, ViewGenerations generations) {
        this.rebuild = rebuild;
        this.generations = generations;
    }

    @PostMapping
    @Operation(summary = "Rebuild every view from the event store, without stopping the service",
            description = "202: the idle table generation is emptied and refilled from the whole event store while "
                    + "the live one keeps answering; when it has caught up they swap. 409 while a rebuild runs.")
    public ResponseEntity<ViewGenerationState> start() {
        if (!rebuild.start()) {
            throw new LifecycleRuleException("a rebuild of the views is already under way");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(generations.state());
    }

    @GetMapping
    @Operation(summary = "Which generation of the views is live, and whether a rebuild is under way",
            description = "live: the table generation answering every view; building: the one a rebuild is filling "
                    + "(null when none); the start and end of the last rebuild.")
    public ViewGenerationState state() {
        return generations.state();
    }
}
