package org.safeguarding.tracker.api.web.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.security.AgencyScope;
import org.safeguarding.tracker.api.web.InvalidRequestException;
import org.safeguarding.tracker.api.web.ReadYourWrites;
import org.safeguarding.tracker.api.web.RequestDates;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.code.BoardCode;
import org.safeguarding.tracker.projections.views.ActionItem;
import org.safeguarding.tracker.projections.views.AgencyOutstanding;
import org.safeguarding.tracker.projections.views.ExceptionReport;
import org.safeguarding.tracker.projections.views.ReReferralLink;
import org.safeguarding.tracker.projections.views.ImplementationGrouping;
import org.safeguarding.tracker.projections.views.ImplementationTime;
import org.safeguarding.tracker.projections.views.ThemeCount;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.safeguarding.tracker.projections.views.ViewQueries;
import org.safeguarding.tracker.projections.views.ViewQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(value = "/api/v1/views", produces = {MediaType.APPLICATION_JSON_VALUE, CsvMessageConverter.TEXT_CSV})
@Tag(name = "Views", description = "What a board meets with, computed as it stood on any business date (?on=, "
        + "today by default) for one board (?board=) or all. Eventually consistent: ?minPosition=n waits until the "
        + "views have processed position n. Every view answers text/csv too (Accept: text/csv), for board papers.")
public class ViewController {

    private final ViewQueries views;
    private final ViewGenerations generations;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final AgencyScope scope;

    public ViewController(ViewQueries views, ViewGenerations generations, ReadYourWrites readYourWrites, Clock clock,
                          AgencyScope scope) {
        this.views = views;
        this.generations = generations;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.scope = scope;
    }

    @GetMapping("/outstanding-by-agency")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = AgencyOutstanding.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "agency,agencyName,open,overdue,dueWithin30Days,oldestOpenSince\r\nCSC,Children's Social Care,12,3,4,2013-04-01\r\n"))})
    @Operation(summary = "Outstanding actions by agency",
            description = "Agencies with an open assignment on the date: open, overdue, due within 30 days, and the "
                    + "earliest assignedOn among them; most overdue first, then agency code.")
    public ViewAnswer<List<AgencyOutstanding>> outstandingByAgency(@ParameterObject ViewParameters parameters) {
        return ViewAnswer.of(AgencyOutstanding.class, views.outstandingByAgency(query(parameters)).stream()
                .filter(row -> scope.sees(row.agency())).toList());
    }

    @GetMapping("/outstanding-actions")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ActionItem.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "recommendationId,recommendationReference,reviewId,reviewReference,agency,owner,assignedOn,dueOn,overdue\r\n6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,CSC,Head of Safeguarding,2013-04-01,2013-09-30,true\r\n"))})
    @Operation(summary = "The open action items on the date, earliest due first",
            description = "Each item carries its due date on that date (the latest due-date change made by then).")
    public ViewAnswer<List<ActionItem>> outstandingActions(@RequestParam(required = false) String agency,
                                                           @ParameterObject ViewParameters parameters) {
        String agencyCode = agency == null ? null : new AgencyCode(agency).value();
        ViewQuery query = query(parameters);
        return ViewAnswer.of(ActionItem.class, scope.excludes(agencyCode) ? List.of()
                : views.outstandingActions(query, scope.agencyFilter(agencyCode)));
    }

    @GetMapping("/time-to-implementation")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ImplementationTime.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "key,completed,medianDays,p90Days,meanDays,open,oldestOpenDays\r\nCSC,40,182.5,301.2,190.4,12,620\r\n"))})
    @Operation(summary = "Time to implementation, grouped by agency, theme, review or board",
            description = "Count, median, 90th percentile (as PostgreSQL percentile_cont) and mean days of what was "
                    + "completed by the date, beside how many are still open and the age of the oldest.")
    public ViewAnswer<List<ImplementationTime>> timeToImplementation(
            @RequestParam(required = false, defaultValue = "agency") String groupBy,
            @ParameterObject ViewParameters parameters) {
        ImplementationGrouping grouping = grouping(groupBy);
        if (scope.agency().isPresent() && grouping != ImplementationGrouping.AGENCY) {
            throw new AccessDeniedException("an agency sees time to implementation by agency only");
        }
        return ViewAnswer.of(ImplementationTime.class, views.timeToImplementation(query(parameters), grouping)
                .stream().filter(row -> grouping != ImplementationGrouping.AGENCY || scope.sees(row.key())).toList());
    }

    @GetMapping("/re-referrals")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ReReferralLink.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "reviewId,reviewReference,earlierReviewId,earlierReviewReference,referredOn,openRecommendationId,openRecommendationReference,openRecommendationText\r\n9b2e4c61-0d8f-4e3a-b1c7-5a6d7e8f9012,SCR-2014-01,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,2014-04-03,6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,Ensure each partner agency has an escalation procedure\r\n"))})
    @Operation(summary = "Re-referral links, with the earlier review's recommendations open at the re-referral",
            description = "Links with referredOn on or before the date; openAtReferral lists the earlier review's "
                    + "recommendations raised on or before referredOn and not closed on referredOn.")
    public ViewAnswer<List<ReReferralLink>> reReferrals(@ParameterObject ViewParameters parameters) {
        return new ViewAnswer<>(views.reReferrals(query(parameters)), ViewRows::reReferrals);
    }

    @GetMapping("/exceptions")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ExceptionReport.class)),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "list,recommendationId,recommendationReference,reviewId,reviewReference,agency,owner,assignedOn,dueOn,overdue,evidenceId,submittedOn\r\noverdue,6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,CSC,Head of Safeguarding,2013-04-01,2013-09-30,true,,\r\n"))})
    @Operation(summary = "The exception report: overdue, due soon, awaiting assurance, no evidence after 90 days",
            description = "Open assignments overdue on the date; due within 30 days; evidence submitted by the date "
                    + "and not decided by then; open assignments assigned more than 90 days before with no evidence.")
    public ViewAnswer<ExceptionReport> exceptions(@ParameterObject ViewParameters parameters) {
        ExceptionReport report = views.exceptions(query(parameters));
        return new ViewAnswer<>(new ExceptionReport(ownItems(report.overdue()), ownItems(report.dueSoon()),
                report.awaitingAssurance().stream().filter(item -> scope.sees(item.agency())).toList(),
                ownItems(report.noEvidence())), ViewRows::exceptions);
    }

    private List<ActionItem> ownItems(List<ActionItem> items) {
        return items.stream().filter(item -> scope.sees(item.agency())).toList();
    }

    @GetMapping("/themes")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ThemeCount.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "theme,reviews,recommendations,open,implemented\r\nNEGLECT,6,23,9,11\r\n"))})
    @Operation(summary = "Recurring themes: reviews and recommendations carrying each, open and implemented",
            description = "Over recommendations raised on or before the date: how many reviews and recommendations "
                    + "carry the theme, how many are not closed on the date, how many are closed IMPLEMENTED.")
    public ViewAnswer<List<ThemeCount>> themes(@ParameterObject ViewParameters parameters) {
        return ViewAnswer.of(ThemeCount.class, views.themes(query(parameters)));
    }

    private ViewQuery query(ViewParameters parameters) {
        String board = parameters.board() == null ? null : new BoardCode(parameters.board()).value();
        readYourWrites.await(generations.live().processorName(), parameters.minPosition());
        LocalDate on = RequestDates.checked("on", parameters.on());
        return new ViewQuery(on == null ? LocalDate.now(clock) : on, board);
    }

    private static ImplementationGrouping grouping(String groupBy) {
        try {
            return ImplementationGrouping.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("groupBy", "groupBy is one of agency, theme, review, board");
        }
    }
}
