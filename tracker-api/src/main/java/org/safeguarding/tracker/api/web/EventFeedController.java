package org.safeguarding.tracker.api.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
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

    public static final String NDJSON = "application/x-ndjson";
    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;

    private final EventLog eventLog;
    private final ObjectMapper json;

    public EventFeedController(EventLog eventLog, ObjectMapper json) {
        this.eventLog = eventLog;
        this.json = json;
    }

    @GetMapping(produces = NDJSON)
    @Operation(summary = "Events after a position, one JSON document a line",
            description = "Page with after = the last position read. Positions strictly increase; the feed holds "
                    + "back events behind a gap that may still be filled, so paging never skips an event.")
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
        StreamingResponseBody body = out -> {
            for (RecordedEvent event : events) {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            }
        };
        return ResponseEntity.ok().header("Content-Type", NDJSON).body(body);
    }
}
