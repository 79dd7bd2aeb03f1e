package org.safeguarding.tracker.api.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: DOWN while any streaming processor of this instance that should run (all
 * but an idle generation of the views) is stopped or in error (a projection failing on an event retries and shows here instead of silently skipping it).
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ViewGenerations generations;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, ViewGenerations generations) {
        this.processing = processing;
        this.generations = generations;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && generations.shouldRun(processor.getName())) {
                String state = !streaming.isRunning() ? "stopped" : streaming.isError() ? "error" : "running";
                health.withDetail(processor.getName(), state);
                if (!state.equals("running")) {
                    health.down();
                }
            }
        }
        return health.build();
    }
}
