package org.safeguarding.tracker.api.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: DOWN while any streaming processor of this instance that should run (all
 * but an idle generation of the views) is stopped or in error (a projection failing on an event retries and shows
 * here instead of silently skipping it). Its details (shown to BOARD only) give each processor's state and, per
 * segment, its state, position and lag in events behind the head of the log; a segment another instance claims
 * shows its stored position and that instance.
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator implements HealthIndicator {

    private static final int CAUSE_LENGTH = 200;

    private final EventProcessingConfiguration processing;
    private final ViewGenerations generations;
    private final ProcessorLag lag;
    private final DatabaseReachability reachability;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, ViewGenerations generations,
                                          ProcessorLag lag, DatabaseReachability reachability) {
        this.processing = processing;
        this.generations = generations;
        this.lag = lag;
        this.reachability = reachability;
    }

    @Override
    public Health health() {
        try {
            return reachability.read(this::processors);
        } catch (DataAccessException e) {
            // which generation should run, and every position, are in the database: the db component says why
            return Health.down().withDetail("error", "the database does not answer").build();
        }
    }

    private Health processors() {
        Health.Builder health = Health.up();
        ProcessorLag.Snapshot stored = lag.snapshot();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                boolean shouldRun = generations.shouldRun(processor.getName());
                ProcessorState state = ProcessorState.of(streaming, shouldRun, stored.claimsHere(processor.getName()));
                if (shouldRun && !state.healthy()) {
                    health.down();
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("state", state.label());
                if (state != ProcessorState.IDLE) {
                    detail.put("segments", segments(streaming, stored));
                }
                health.withDetail(processor.getName(), detail);
            }
        }
        return health.build();
    }

    private static Map<String, Object> segments(StreamingEventProcessor processor, ProcessorLag.Snapshot stored) {
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        Map<Integer, SegmentLag> elsewhere = new TreeMap<>();
        stored.of(processor.getName()).forEach(segment -> elsewhere.put(segment.segment(), segment));
        Map<Integer, Object> segments = new TreeMap<>();
        here.forEach((id, status) -> segments.put(id, local(status, elsewhere.get(id), stored.head())));
        elsewhere.forEach((id, segment) -> segments.putIfAbsent(id, remote(segment)));
        Map<String, Object> answer = new LinkedHashMap<>();
        segments.forEach((id, detail) -> answer.put(String.valueOf(id), detail));
        return answer;
    }

    /** A segment this instance processes: its live position, ahead of the one it last stored. */
    private static Map<String, Object> local(EventTrackerStatus status, SegmentLag storedLag, long head) {
        OptionalLong current = status.getCurrentPosition();
        long position = current.isPresent() ? current.getAsLong() : storedLag == null ? 0 : storedLag.position();
        long behind = Math.max(0, head - position);
        Map<String, Object> detail = new LinkedHashMap<>();
        if (status.isErrorState()) {
            detail.put("state", "error");
            detail.put("cause", cause(status.getError()));
        } else {
            detail.put("state", status.isReplaying() ? "replaying" : behind == 0 ? "caught up" : "running");
        }
        detail.put("position", position);
        detail.put("lag", behind);
        return detail;
    }

    /** A segment no thread of this instance processes: where it stands in the token table, and who claims it. */
    private static Map<String, Object> remote(SegmentLag segment) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("state", segment.replaying() ? "replaying" : segment.lag() == 0 ? "caught up"
                : segment.owner() == null ? "unclaimed" : "running elsewhere");
        detail.put("position", segment.position());
        detail.put("lag", segment.lag());
        if (segment.owner() != null) {
            detail.put("owner", segment.owner());
        }
        return detail;
    }

    /** The innermost cause's type and first line, no stack trace. */
    private static String cause(Throwable error) {
        if (error == null) {
            return "unknown";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String cause = root.getClass().getSimpleName() + message;
        return cause.length() <= CAUSE_LENGTH ? cause : cause.substring(0, CAUSE_LENGTH) + "…";
    }
}
