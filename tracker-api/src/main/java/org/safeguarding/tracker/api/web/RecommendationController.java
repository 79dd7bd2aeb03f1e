package org.safeguarding.tracker.api.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.safeguarding.tracker.api.command.AggregateKind;
import org.safeguarding.tracker.api.command.Dispatched;
import org.safeguarding.tracker.api.eventlog.EventLog;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;
import org.safeguarding.tracker.api.reading.RecommendationReader;
import org.safeguarding.tracker.api.security.AgencyScope;
import org.safeguarding.tracker.api.web.request.AssignmentRequest;
import org.safeguarding.tracker.api.web.request.AssuranceRequest;
import org.safeguarding.tracker.api.web.request.BoardResponseRequest;
import org.safeguarding.tracker.api.web.request.ClosureRequest;
import org.safeguarding.tracker.api.web.request.DueDateChangeRequest;
import org.safeguarding.tracker.api.web.request.EvidenceRequest;
import org.safeguarding.tracker.api.web.request.RaiseRecommendationRequest;
import org.safeguarding.tracker.api.web.request.ReopeningRequest;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.code.CodeFormat;
import org.safeguarding.tracker.domain.code.Theme;
import org.safeguarding.tracker.domain.recommendation.Assignment;
import org.safeguarding.tracker.domain.recommendation.AssignRecommendation;
import org.safeguarding.tracker.domain.recommendation.ChangeDueDate;
import org.safeguarding.tracker.domain.recommendation.CloseRecommendation;
import org.safeguarding.tracker.domain.recommendation.DecideOnEvidence;
import org.safeguarding.tracker.domain.recommendation.Evidence;
import org.safeguarding.tracker.domain.recommendation.RaiseRecommendation;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.safeguarding.tracker.domain.recommendation.RecommendationStatus;
import org.safeguarding.tracker.domain.recommendation.RecordBoardResponse;
import org.safeguarding.tracker.domain.recommendation.ReopenRecommendation;
import org.safeguarding.tracker.domain.recommendation.SubmitEvidence;
import org.safeguarding.tracker.projections.Page;
import org.safeguarding.tracker.projections.PageRequest;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.safeguarding.tracker.projections.lists.RecommendationFilter;
import org.safeguarding.tracker.projections.lists.RecommendationList;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
// produces: a command whose answer the caller cannot accept is refused (406) before it runs, not after
@RequestMapping(value = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendations",
        description = "A recommendation's life: raise, respond, assign, evidence, assure, close, reopen. "
                + "Every answer about one recommendation carries ETag \"<version>\"; commands accept If-Match.")
public class RecommendationController {

    private static final String RECOMMENDATION_PATH = "/api/v1/recommendations/{id}";
    private static final String IF_MATCH = "If-Match";

    private final CommandAnswers commands;
    private final RecommendationReader reader;
    private final RecommendationList list;
    private final EventLog eventLog;
    private final ReadYourWrites readYourWrites;
    private final AgencyScope scope;

    public RecommendationController(CommandAnswers commands, RecommendationReader reader,
                                    RecommendationList list, EventLog eventLog, ReadYourWrites readYourWrites,
                                    AgencyScope scope) {
        this.commands = commands;
        this.reader = reader;
        this.list = list;
        this.eventLog = eventLog;
        this.readYourWrites = readYourWrites;
        this.scope = scope;
    }

    @PostMapping
    @Operation(summary = "Raise a recommendation",
            description = "Raises a recommendation of a review, with at least one theme; priority NORMAL when "
                    + "absent. 422 when the review does not exist; 409 when the reference is taken in the review.")
    @ApiResponse(responseCode = "201", description = "Raised: its state, version 1", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> raise(@Valid @RequestBody RaiseRecommendationRequest request) {
        UUID id = UUID.randomUUID();
        return commands.create(AggregateKind.Recommendation, id,
                new RaiseRecommendation(id, request.reviewId(), request.reference(), request.text(),
                        request.themes().stream().map(Theme::new).toList(), request.priority(),
                        request.raisedOn()))
                .created(RECOMMENDATION_PATH, stateAfter(id), id);
    }

    @PostMapping("/{id}/response")
    @Operation(summary = "Record the board's formal response (once)",
            description = "ACCEPTED, PARTIALLY_ACCEPTED or REJECTED; a reason is required unless ACCEPTED. 409 when "
                    + "the board has already responded, when the recommendation is closed, or when respondedOn is "
                    + "before raisedOn.")
    @ApiResponse(responseCode = "200", description = "Recorded: the new state", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> respond(@PathVariable UUID id,
                                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody BoardResponseRequest request) {
        return update(id, ifMatch,
                new RecordBoardResponse(id, request.decision(), request.reason(), request.respondedOn()));
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "Assign the recommendation to a registered agency",
            description = "201 with the recommendation's new state; 422 for an unregistered agency, 409 when the "
                    + "agency is already assigned, the recommendation is closed, or assignedOn is before raisedOn.")
    @ApiResponse(responseCode = "201", description = "Assigned: the recommendation's new state; Location names the "
            + "assignment", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> assign(@PathVariable UUID id,
                                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody AssignmentRequest request) {
        return commands.update(AggregateKind.Recommendation, id, ifMatch,
                new AssignRecommendation(id, new AgencyCode(request.agency()), request.owner(), request.dueOn(),
                        request.assignedOn()))
                .created(RECOMMENDATION_PATH + "/assignments/{agency}", stateAfter(id), id, request.agency());
    }

    @GetMapping("/{id}/assignments/{agency}")
    @Operation(summary = "One agency's assignment, from the recommendation's current state",
            description = "Consistent with every command answered before. 404 when the recommendation is unknown "
                    + "or the agency is not assigned to it.")
    @ApiResponse(responseCode = "200", description = "The assignment", useReturnTypeSchema = true)
    public ResponseEntity<Assignment> assignment(@PathVariable UUID id, @PathVariable String agency) {
        RecommendationState state = current(id);
        return withVersion(state, state.assignmentOf(agency)
                .orElseThrow(() -> new NotFoundException("no assignment of " + agency + " on " + id)));
    }

    @PutMapping("/{id}/assignments/{agency}/due-date")
    @Operation(summary = "Change an assignment's due date, with its reason",
            description = "The new dueOn may lie in the future; it and changedOn must not be before the "
                    + "assignment's assignedOn (409). 404 when the agency is not assigned.")
    @ApiResponse(responseCode = "200", description = "Changed: the new state", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> changeDueDate(@PathVariable UUID id, @PathVariable String agency,
                                                             @RequestHeader(value = IF_MATCH, required = false)
                                                             String ifMatch,
                                                             @Valid @RequestBody DueDateChangeRequest request) {
        if (!CodeFormat.matches(agency)) {
            throw new NotFoundException("the recommendation has no assignment for agency " + agency);
        }
        return update(id, ifMatch, new ChangeDueDate(id, new AgencyCode(agency), request.dueOn(), request.reason(),
                request.changedOn()));
    }

    @PostMapping("/{id}/evidence")
    @Operation(summary = "Submit evidence from an assigned agency",
            description = "201 with the new evidenceId beside the recommendation's new state. 409 when the agency "
                    + "is not assigned or its assignment is completed, or submittedOn is before its assignedOn; 422 "
                    + "when the agency is not registered.")
    @ApiResponse(responseCode = "201", description = "Submitted: the evidence id and the new state; Location names "
            + "the evidence", useReturnTypeSchema = true)
    public ResponseEntity<EvidenceAnswer> submitEvidence(@PathVariable UUID id,
                                                         @RequestHeader(value = IF_MATCH, required = false)
                                                         String ifMatch,
                                                         @Valid @RequestBody EvidenceRequest request) {
        if (!scope.sees(request.agency())) {
            throw new AccessDeniedException("an agency submits evidence only as itself");
        }
        if (scope.agency().isPresent()) {
            current(id);
        }
        UUID evidenceId = UUID.randomUUID();
        return commands.update(AggregateKind.Recommendation, id, ifMatch,
                new SubmitEvidence(id, evidenceId, new AgencyCode(request.agency()), request.summary(),
                        request.link(), request.submittedOn()))
                .created(RECOMMENDATION_PATH + "/evidence/{evidenceId}",
                        stateAfter(id).andThen(state -> new EvidenceAnswer(evidenceId, state)), id, evidenceId);
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "One piece of evidence, from the recommendation's current state",
            description = "Consistent with every command answered before; 404 for an unknown recommendation or "
                    + "evidence id.")
    @ApiResponse(responseCode = "200", description = "The evidence and its assurance", useReturnTypeSchema = true)
    public ResponseEntity<Evidence> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        RecommendationState state = current(id);
        return withVersion(state, state.evidence(evidenceId)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId + " on " + id)));
    }

    /** Every answer about one recommendation carries its version. */
    private static <T> ResponseEntity<T> withVersion(RecommendationState state, T body) {
        return ResponseEntity.ok().eTag(Long.toString(state.version())).body(body);
    }

    @PostMapping("/{id}/evidence/{evidenceId}/assurance")
    @Operation(summary = "Record the board's decision on a piece of evidence",
            description = "ACCEPTED completes the agency's assignment (completedOn = decidedOn); REJECTED leaves "
                    + "it open. Decided once per piece of evidence (409), and not before its submittedOn.")
    @ApiResponse(responseCode = "200", description = "Decided: the new state", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> assure(@PathVariable UUID id, @PathVariable UUID evidenceId,
                                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody AssuranceRequest request) {
        return update(id, ifMatch,
                new DecideOnEvidence(id, evidenceId, request.decision(), request.note(), request.decidedOn()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the recommendation with an outcome",
            description = "IMPLEMENTED needs every assignment completed; assignments not completed become ENDED. "
                    + "SUPERSEDED requires supersededBy (422 when it names nothing); other outcomes forbid it.")
    @ApiResponse(responseCode = "200", description = "Closed: the new state", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> close(@PathVariable UUID id,
                                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody ClosureRequest request) {
        return update(id, ifMatch, new CloseRecommendation(id, request.outcome(), request.rationale(),
                request.closedOn(), request.supersededBy()));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed recommendation",
            description = "Ended assignments become open again; outcome, closedOn and supersededBy become null. 409 "
                    + "when it is open, or reopenedOn is before the last closedOn.")
    @ApiResponse(responseCode = "200", description = "Reopened: the new state", useReturnTypeSchema = true)
    public ResponseEntity<RecommendationState> reopen(@PathVariable UUID id,
                                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody ReopeningRequest request) {
        return update(id, ifMatch, new ReopenRecommendation(id, request.reason(), request.reopenedOn()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A recommendation's state, now or as recorded at an instant",
            description = "Rebuilt from the event store: consistent with every command answered before. "
                    + "asOf (ISO-8601 instant) gives the state as it was recorded then; 404 before it was raised.")
    @ApiResponse(responseCode = "200", description = "Its state", useReturnTypeSchema = true,
            headers = @Header(name = "ETag", ref = "#/components/headers/ETag"))
    public ResponseEntity<RecommendationState> one(@PathVariable UUID id,
                                                   @RequestParam(required = false) Instant asOf) {
        Optional<RecommendationState> visible = scope.visible(reader.current(id));
        RecommendationState state = (asOf == null ? visible
                : visible.flatMap(current -> reader.asOf(id, asOf)).map(scope::redacted))
                .orElseThrow(() -> new NotFoundException(asOf == null ? "no recommendation " + id
                        : "recommendation " + id + " was not recorded at " + asOf));
        return withVersion(state, state);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of the recommendation, oldest first, with who and when",
            description = "From the event store: one entry per decision taken on it, with the actor, the role and "
                    + "the correlation id of the request that recorded it.")
    @ApiResponse(responseCode = "200", description = "Its history", useReturnTypeSchema = true,
            headers = @Header(name = "ETag", ref = "#/components/headers/ETag"))
    public ResponseEntity<List<RecordedEvent>> history(@PathVariable UUID id) {
        List<RecordedEvent> events = eventLog.history(AggregateKind.Recommendation.name(), id.toString());
        if (events.isEmpty() || scope.agency().isPresent() && scope.visible(reader.current(id)).isEmpty()) {
            throw new NotFoundException("no recommendation " + id);
        }
        return ResponseEntity.ok().eTag(Integer.toString(events.size())).body(scope.history(events));
    }

    @GetMapping
    @Operation(summary = "A page of recommendation states, filtered",
            description = "Filters combine: of a review, assigned to an agency, by status, carrying a theme. "
                    + "Eventually consistent; minPosition waits until the list has processed that position.")
    @ApiResponse(responseCode = "200", description = "The page of states", useReturnTypeSchema = true)
    public Page<RecommendationState> page(@RequestParam(required = false) UUID reviewId,
                                          @RequestParam(required = false) String agency,
                                          @RequestParam(required = false) RecommendationStatus status,
                                          @RequestParam(required = false) String theme,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) Long minPosition) {
        readYourWrites.await(ProcessingGroups.LISTS, minPosition);
        PageRequest request = Paging.of(page, size);
        if (scope.excludes(agency)) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        Page<RecommendationState> states = list.page(
                new RecommendationFilter(reviewId, scope.agencyFilter(agency), status, theme), request);
        return new Page<>(scope.visible(states.items()), states.page(), states.size(), states.total());
    }

    private ResponseEntity<RecommendationState> update(UUID id, String ifMatch, Object command) {
        return commands.update(AggregateKind.Recommendation, id, ifMatch, command).ok(stateAfter(id));
    }

    private RecommendationState current(UUID id) {
        return scope.visible(reader.current(id)).orElseThrow(() -> new NotFoundException("no recommendation " + id));
    }

    /** The state right after the command's event: its answer, whatever came after. */
    private Function<Dispatched, RecommendationState> stateAfter(UUID id) {
        return dispatched -> reader.afterSequence(id, dispatched.sequence());
    }
}
