package org.safeguarding.tracker.api.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Timer;

/**
 * The latency timers' histogram: a dozen fixed buckets from 5 ms to 10 s, enough for {@code histogram_quantile}
 * without the hundred-odd series per tag set of Micrometer's default percentile histogram.
 */
final class Latency {

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private Latency() {
    }

    static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
    }
}
