package org.safeguarding.tracker.api.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.stereotype.Component;

/**
 * {@code tracker.dead.letters{processor}} ({@code tracker_dead_letters} in Prometheus): the letters each
 * projection's queue holds, counted in the shared table at each scrape, so every instance shows the same.
 */
@Component
public class DeadLetterGauges {

    public static final String NAME = "tracker.dead.letters";

    public DeadLetterGauges(MeterRegistry registry, DeadLetters deadLetters) {
        for (String group : ProcessingGroups.all()) {
            Gauge.builder(NAME, deadLetters, letters -> letters.count(group))
                    .tag("processor", group)
                    .description("Events a projection could not handle, and those of their aggregates queued behind")
                    .register(registry);
        }
    }
}
