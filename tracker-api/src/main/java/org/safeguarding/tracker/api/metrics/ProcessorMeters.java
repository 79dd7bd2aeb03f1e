package org.safeguarding.tracker.api.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.safeguarding.tracker.api.health.ProcessorLag;
import org.safeguarding.tracker.api.health.ProcessorState;
import org.safeguarding.tracker.api.health.SegmentLag;
import org.safeguarding.tracker.projections.views.ViewGenerations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The processors' gauges: lag per segment in events and per processor in seconds (for the processors that keep
 * reads current: the lists and the live views), whether each processor that should run does, and a rebuild's
 * progress. Read in the background every {@code tracker.metrics.processor-refresh} (default 5 s), so a scrape
 * never waits on the database; while the database does not answer the gauges read NaN.
 */
@Component
public class ProcessorMeters {

    private static final Logger log = LoggerFactory.getLogger(ProcessorMeters.class);

    private final ProcessorLag lag;
    private final EventProcessingConfiguration processing;
    private final ViewGenerations generations;
    private final AtomicReference<Readings> latest = new AtomicReference<>();
    private final MultiGauge lagEvents;
    private final MultiGauge lagSeconds;
    private final MultiGauge up;

    public ProcessorMeters(ProcessorLag lag, EventProcessingConfiguration processing, ViewGenerations generations,
                           MeterRegistry registry) {
        this.lag = lag;
        this.processing = processing;
        this.generations = generations;
        lagEvents = MultiGauge.builder("tracker.processor.lag.events")
                .description("Events between the head of the log and the segment's stored position").register(registry);
        lagSeconds = MultiGauge.builder("tracker.processor.lag.seconds")
                .description("Age of the oldest event the processor has not processed; 0 when caught up")
                .register(registry);
        up = MultiGauge.builder("tracker.processor.up")
                .description("1 while this instance's processor runs without error, 0 while stopped or in error "
                        + "(as the health check); only processors that should run").register(registry);
        gauge(registry, "tracker.views.rebuild.active", "1 while a rebuild of the views is under way",
                readings -> readings.snapshot().views().building() == null ? 0 : 1);
        gauge(registry, "tracker.views.rebuild.position",
                "Lowest position the rebuilding generation's segments have replayed to; 0 when no rebuild runs",
                readings -> readings.snapshot().rebuildPosition());
        gauge(registry, "tracker.views.rebuild.target.position",
                "Head of the log a rebuild is replaying towards; 0 when no rebuild runs",
                readings -> readings.snapshot().views().building() == null ? 0 : readings.snapshot().head());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Readings> value) {
        Gauge.builder(name, latest, reference -> reference.get() == null ? Double.NaN : value.applyAsDouble(reference.get()))
                .description(description).register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${tracker.metrics.processor-refresh:PT5S}")
    public void refresh() {
        try {
            ProcessorLag.Snapshot snapshot = lag.snapshot();
            Map<String, Integer> running = new LinkedHashMap<>();
            for (EventProcessor processor : processing.eventProcessors().values()) {
                if (processor instanceof StreamingEventProcessor streaming
                        && generations.shouldRun(processor.getName())) {
                    running.put(processor.getName(), ProcessorState.of(streaming, true,
                            snapshot.claimsHere(processor.getName())).healthy() ? 1 : 0);
                }
            }
            latest.set(new Readings(snapshot, running));
        } catch (DataAccessException e) {
            log.debug("processor gauges not refreshed: the database does not answer", e);
            latest.set(null);
            return;
        }
        register(latest.get());
    }

    /** Adds a row for each processor and segment now present and drops those gone; existing rows stay. */
    private void register(Readings readings) {
        List<MultiGauge.Row<?>> events = new ArrayList<>();
        for (SegmentLag segment : readings.snapshot().segments()) {
            if (readings.snapshot().behind().containsKey(segment.processor())) {
                events.add(MultiGauge.Row.of(Tags.of("processor", segment.processor(),
                        "segment", String.valueOf(segment.segment())), () -> value(current -> current.snapshot()
                        .of(segment.processor()).stream().filter(s -> s.segment() == segment.segment())
                        .mapToDouble(SegmentLag::lag).findFirst().orElse(Double.NaN))));
            }
        }
        lagEvents.register(events, false);
        lagSeconds.register(readings.snapshot().behind().keySet().stream()
                .map(processor -> MultiGauge.Row.of(Tags.of("processor", processor), () -> value(current -> {
                    Duration behind = current.snapshot().behind().get(processor);
                    return behind == null ? Double.NaN : behind.toMillis() / 1000.0;
                }))).toList(), false);
        up.register(readings.running().keySet().stream()
                .map(processor -> MultiGauge.Row.of(Tags.of("processor", processor),
                        () -> value(current -> current.running().getOrDefault(processor, 0)))).toList(), false);
    }

    private Double value(ToDoubleFunction<Readings> read) {
        Readings readings = latest.get();
        return readings == null ? Double.NaN : read.applyAsDouble(readings);
    }

    /** One refresh: the stored positions, and which processors that should run do (1) or not (0). */
    private record Readings(ProcessorLag.Snapshot snapshot, Map<String, Integer> running) {
    }
}
