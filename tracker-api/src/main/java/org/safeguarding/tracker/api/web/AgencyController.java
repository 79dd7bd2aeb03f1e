package org.safeguarding.tracker.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.safeguarding.tracker.api.command.AggregateKind;
import org.safeguarding.tracker.api.web.request.RegisterAgencyRequest;
import org.safeguarding.tracker.domain.agency.AgencyRegistration;
import org.safeguarding.tracker.domain.agency.RegisterAgency;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.safeguarding.tracker.projections.lists.AgencyList;
import org.safeguarding.tracker.projections.lists.AgencyListItem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
// produces: a command whose answer the caller cannot accept is refused (406) before it runs, not after
@RequestMapping(value = "/api/v1/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agencies", description = "Organisations that act on recommendations, keyed by a stable code")
public class AgencyController {

    private final CommandAnswers commands;
    private final AgencyList agencies;
    private final ReadYourWrites readYourWrites;

    public AgencyController(CommandAnswers commands, AgencyList agencies, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.agencies = agencies;
        this.readYourWrites = readYourWrites;
    }

    @PutMapping("/{code}")
    @Operation(summary = "Register or rename an agency",
            description = "Registers the agency under the code in the path, or renames it. 201 with Location when "
                    + "the code is new, 200 when it renames (or already has that name).")
    @ApiResponse(responseCode = "201", description = "Registered: the agency", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Renamed: the agency", useReturnTypeSchema = true)
    public ResponseEntity<AgencyListItem> register(
            @Parameter(example = "CSC") @PathVariable String code,
            @Valid @RequestBody RegisterAgencyRequest request) {
        CommandAnswers.Accepted accepted = commands.create(AggregateKind.Agency, code,
                new RegisterAgency(AgencyCode.of("code", code), request.name()));
        AgencyListItem agency = new AgencyListItem(code, request.name());
        return accepted.dispatched().result() == AgencyRegistration.REGISTERED
                ? accepted.created("/api/v1/agencies/{code}", dispatched -> agency, code)
                : accepted.ok(dispatched -> agency);
    }

    @GetMapping
    @Operation(summary = "All registered agencies, by code",
            description = "Eventually consistent; minPosition waits until the list has processed that position.")
    @ApiResponse(responseCode = "200", description = "Every agency, ordered by code", useReturnTypeSchema = true)
    public List<AgencyListItem> all(@RequestParam(required = false) Long minPosition) {
        readYourWrites.await(ProcessingGroups.LISTS, minPosition);
        return agencies.all();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One agency",
            description = "From the agency list (eventually consistent; minPosition waits for it). 404 for an "
                    + "unknown code.")
    @ApiResponse(responseCode = "200", description = "The agency", useReturnTypeSchema = true)
    public AgencyListItem one(@PathVariable String code, @RequestParam(required = false) Long minPosition) {
        readYourWrites.await(ProcessingGroups.LISTS, minPosition);
        return agencies.find(code).orElseThrow(() -> new NotFoundException("no agency " + code));
    }
}
