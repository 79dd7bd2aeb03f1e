package org.safeguarding.tracker.api.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.tracker.api.eventlog.EventLog;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Event log", description = "The whole event log, in order, for auditors and downstream systems")
public class EventFeedController {

    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;

    private final EventLog eventLog;
    private final ObjectMapper json;

    public EventFeedController(EventLog eventLog, ObjectMapper json) {
        this.eventLog = eventLog;
        this.json = json;
    }

    @GetMapping(produces = NdjsonAnswer.MEDIA_TYPE)
    @Operation(summary = "Events after a position, one JSON document a line",
            description = "Page with after = the last position read. Positions strictly increase; the feed holds "
                    + "back events behind a gap that may still be filled, so paging never skips an event. Each "
                    + "event carries what its chain hash covers, so the pages concatenated verify offline "
                    + "(see GET /audit/verify).")
    @ApiResponse(responseCode = "200", description = "Up to limit events after the position, oldest first, one "
            + "RecordedEvent a line; none when the log holds nothing newer",
            content = @Content(mediaType = NdjsonAnswer.MEDIA_TYPE, schema = @Schema(implementation = RecordedEvent.class),
                    examples = @ExampleObject(name = "two events", value = """
                {"position":4182,"aggregateId":"5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21","aggregateType":"Recommendation",\
                "sequence":6,"type":"EvidenceSubmitted","revision":"1","recordedAt":"2014-01-08T10:15:30Z",\
                "actor":"police-liaison-01","role":"AGENCY","correlationId":"b8d1e0c2-6f3a-4a9e-9d7b-2c5e8f1a0b34",\
                "payload":{"recommendationId":"5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",\
                "evidenceId":"0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d","agency":"POLICE",\
                "summary":"Escalation procedure issued to all public protection officers","link":null,\
                "submittedOn":"2014-01-08"},"agency":"POLICE","idempotencyKey":null,\
                "payloadType":"org.safeguarding.tracker.domain.recommendation.EvidenceSubmitted",\
                "metadata":{"actor":"police-liaison-01","role":"AGENCY","agency":"POLICE",\
                "correlationId":"b8d1e0c2-6f3a-4a9e-9d7b-2c5e8f1a0b34"},\
                "previousHash":"9a0b7c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f",\
                "hash":"4f3e2d1c0b0a99887766554433221100ffeeddccbbaa00112233445566778899"}
                {"position":4183,"aggregateId":"CSC","aggregateType":"Agency","sequence":1,"type":"AgencyRenamed",\
                "revision":"1","recordedAt":"2014-01-09T08:02:11Z","actor":"lscb-north-admin","role":"BOARD",\
                "correlationId":"0d4c2b1a-9e8f-4d7c-b6a5-f4e3d2c1b0a9","payload":{"code":"CSC",\
                "name":"Children's Social Care and Early Help"},"agency":null,\
                "idempotencyKey":"rename-csc-2014-01-09",\
                "payloadType":"org.safeguarding.tracker.domain.agency.AgencyRenamed","metadata":{\
                "actor":"lscb-north-admin","role":"BOARD","correlationId":"0d4c2b1a-9e8f-4d7c-b6a5-f4e3d2c1b0a9",\
                "idempotencyKey":"rename-csc-2014-01-09"},\
                "previousHash":"1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001",\
                "hash":"7e6d5c4b3a29180f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f70819"}
                """)))
    public ResponseEntity<StreamingResponseBody> after(@RequestParam(required = false) Long after,
                                                       @RequestParam(required = false) Integer limit) {
        long from = after == null ? 0 : after;
        int count = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw new InvalidRequestException("after", "after must not be negative");
        }
        if (count < 1 || count > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit is between 1 and " + MAX_LIMIT);
        }
        List<RecordedEvent> events = eventLog.after(from, count);
        return NdjsonAnswer.of(json, events::forEach);
    }
}
