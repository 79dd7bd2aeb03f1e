package org.safeguarding.tracker.api.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: DOWN while any streaming processor of this instance is stopped or in
 * error (a projection failing on an event retries and shows here instead of silently skipping it).
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
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
