package org.safeguarding.tracker.api.health;

import java.lang.management.ManagementFactory;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: DOWN while any streaming processor of this instance that should run (all
 * but an idle generation of the views) is stopped or in error (a projection failing on an event retries and shows here instead of silently skipping it).
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    /** How the token store names this instance as a segment's owner (Axon's default node id). */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final ViewGenerations generations;
    private final JdbcTemplate jdbc;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, ViewGenerations generations,
                                          JdbcTemplate jdbc) {
        this.processing = processing;
        this.generations = generations;
        this.jdbc = jdbc;
    }

    /** Reading which generation is live needs the database: without it, this part is DOWN (not a failure). */
    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && generations.shouldRun(processor.getName())) {
                String state = state(streaming);
                health.withDetail(processor.getName(), state);
                if (state.equals("stopped") || state.equals("error")) {
                    health.down();
                }
            }
        }
    }

    /**
     * A pooled processor's {@code isError()} stays true after a failed attempt for as long as this instance claims
     * no segment (the back-off is only reset while it processes), e.g. once the database is back and another
     * instance took every segment. So it is in error only while it also holds a claim here; holding none, it is
     * idle: it keeps trying to claim, and takes segments over when their owner stops.
     */
    private String state(StreamingEventProcessor processor) {
        if (!processor.isRunning()) {
            return "stopped";
        }
        Integer claimed = jdbc.queryForObject("select count(*) from token_entry where processor_name = ? and owner = ?",
                Integer.class, processor.getName(), NODE);
        if (claimed == null || claimed == 0) {
            return "idle";
        }
        return processor.isError() ? "error" : "running";
    }
}
