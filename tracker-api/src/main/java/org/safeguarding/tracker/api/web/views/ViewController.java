package org.safeguarding.tracker.api.web.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.web.InvalidRequestException;
import org.safeguarding.tracker.api.web.ReadYourWrites;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

    public ViewController(ViewQueries views, ViewGenerations generations, ReadYourWrites readYourWrites, Clock clock) {
        this.views = views;
        this.generations = generations;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @GetMapping("/outstanding-by-agency")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = AgencyOutstanding.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "agency,agencyName,open,overdue,dueWithin30Days,oldestOpenSince\r\nCSC,Children's Social Care,12,3,4,2013-04-01\r\n"))})
    @Operation(summary = "Outstanding actions by agency",
            description = "Agencies with an open assignment on the date: open, overdue, due within 30 days, and the "
                    + "earliest assignedOn among them; most overdue first, then agency code.")
    public ResponseEntity<Object> outstandingByAgency(@RequestParam(required = false) String board,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                      @RequestParam(required = false) Long minPosition,
                                                      @RequestHeader(value = "Accept", required = false) String accept) {
        List<AgencyOutstanding> rows = views.outstandingByAgency(query(board, on, minPosition));
        return answer(accept, rows, r -> CsvTable.of(AgencyOutstanding.class, r));
    }

    @GetMapping("/outstanding-actions")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ActionItem.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "recommendationId,recommendationReference,reviewId,reviewReference,agency,owner,assignedOn,dueOn,overdue\r\n6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,CSC,Head of Safeguarding,2013-04-01,2013-09-30,true\r\n"))})
    @Operation(summary = "The open action items on the date, earliest due first",
            description = "Each item carries its due date on that date (the latest due-date change made by then).")
    public ResponseEntity<Object> outstandingActions(@RequestParam(required = false) String agency,
                                                     @RequestParam(required = false) String board,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                     @RequestParam(required = false) Long minPosition,
                                                     @RequestHeader(value = "Accept", required = false) String accept) {
        String agencyCode = agency == null ? null : new AgencyCode(agency).value();
        List<ActionItem> rows = views.outstandingActions(query(board, on, minPosition), agencyCode);
        return answer(accept, rows, r -> CsvTable.of(ActionItem.class, r));
    }

    @GetMapping("/time-to-implementation")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ImplementationTime.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "key,completed,medianDays,p90Days,meanDays,open,oldestOpenDays\r\nCSC,40,182.5,301.2,190.4,12,620\r\n"))})
    @Operation(summary = "Time to implementation, grouped by agency, theme, review or board",
            description = "Count, median, 90th percentile (as PostgreSQL percentile_cont) and mean days of what was "
                    + "completed by the date, beside how many are still open and the age of the oldest.")
    public ResponseEntity<Object> timeToImplementation(@RequestParam(required = false, defaultValue = "agency") String groupBy,
                                                       @RequestParam(required = false) String board,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                       @RequestParam(required = false) Long minPosition,
                                                       @RequestHeader(value = "Accept", required = false) String accept) {
        ImplementationGrouping grouping = grouping(groupBy);
        List<ImplementationTime> rows = views.timeToImplementation(query(board, on, minPosition), grouping);
        return answer(accept, rows, r -> CsvTable.of(ImplementationTime.class, r));
    }

    @GetMapping("/re-referrals")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ReReferralLink.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "reviewId,reviewReference,earlierReviewId,earlierReviewReference,referredOn,openRecommendationId,openRecommendationReference,openRecommendationText\r\n9b2e4c61-0d8f-4e3a-b1c7-5a6d7e8f9012,SCR-2014-01,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,2014-04-03,6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,Ensure each partner agency has an escalation procedure\r\n"))})
    @Operation(summary = "Re-referral links, with the earlier review's recommendations open at the re-referral",
            description = "Links with referredOn on or before the date; openAtReferral lists the earlier review's "
                    + "recommendations raised on or before referredOn and not closed on referredOn.")
    public ResponseEntity<Object> reReferrals(@RequestParam(required = false) String board,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                              @RequestParam(required = false) Long minPosition,
                                              @RequestHeader(value = "Accept", required = false) String accept) {
        return answer(accept, views.reReferrals(query(board, on, minPosition)), ViewRows::reReferrals);
    }

    @GetMapping("/exceptions")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ExceptionReport.class)),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "list,recommendationId,recommendationReference,reviewId,reviewReference,agency,owner,assignedOn,dueOn,overdue,evidenceId,submittedOn\r\noverdue,6f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c71,4.3,3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70,MAR-2013-02,CSC,Head of Safeguarding,2013-04-01,2013-09-30,true,,\r\n"))})
    @Operation(summary = "The exception report: overdue, due soon, awaiting assurance, no evidence after 90 days",
            description = "Open assignments overdue on the date; due within 30 days; evidence submitted by the date "
                    + "and not decided by then; open assignments assigned more than 90 days before with no evidence.")
    public ResponseEntity<Object> exceptions(@RequestParam(required = false) String board,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                             @RequestParam(required = false) Long minPosition,
                                             @RequestHeader(value = "Accept", required = false) String accept) {
        return answer(accept, views.exceptions(query(board, on, minPosition)), ViewRows::exceptions);
    }

    @GetMapping("/themes")
    @ApiResponse(responseCode = "200", description = "The view on the date", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = ThemeCount.class))),
            @Content(mediaType = CsvMessageConverter.TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "theme,reviews,recommendations,open,implemented\r\nNEGLECT,6,23,9,11\r\n"))})
    @Operation(summary = "Recurring themes: reviews and recommendations carrying each, open and implemented",
            description = "Over recommendations raised on or before the date: how many reviews and recommendations "
                    + "carry the theme, how many are not closed on the date, how many are closed IMPLEMENTED.")
    public ResponseEntity<Object> themes(@RequestParam(required = false) String board,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                         @RequestParam(required = false) Long minPosition,
                                         @RequestHeader(value = "Accept", required = false) String accept) {
        List<ThemeCount> rows = views.themes(query(board, on, minPosition));
        return answer(accept, rows, r -> CsvTable.of(ThemeCount.class, r));
    }

    private ViewQuery query(String board, LocalDate on, Long minPosition) {
        String boardCode = board == null ? null : new BoardCode(board).value();
        readYourWrites.await(generations.live().processorName(), minPosition);
        return new ViewQuery(on == null ? LocalDate.now(clock) : on, boardCode);
    }

    private static ImplementationGrouping grouping(String groupBy) {
        try {
            return ImplementationGrouping.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("groupBy", "groupBy is one of agency, theme, review, board");
        }
    }

    private static <T> ResponseEntity<Object> answer(String accept, T body, Function<T, CsvTable> csv) {
        if (wantsCsv(accept)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .body(csv.apply(body));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** CSV when the caller prefers it to JSON (by order and quality in Accept). */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
