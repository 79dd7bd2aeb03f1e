package org.safeguarding.tracker.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a harness run is set up. {@code faults}: which to inject, in order, each once ({@link Fault} names);
 * {@code commands}: the load's size (it goes on until the last fault has recovered, whichever is later). The
 * outage comes first by default: afterwards one instance may hold every segment, and the kill that follows takes
 * that one, so the others must show they still claim segments.
 */
record Settings(Path jar, Path dir, String dbUrl, String dbUser, String dbPassword, int instances, int clients,
                int commands, List<Fault> faults, Duration outage, Duration hold, String heap,
                List<String> serviceArguments) {

    static Settings ci(Path jar, Path dir, String dbUrl, String dbUser, String dbPassword) {
        return new Settings(jar, dir, dbUrl, dbUser, dbPassword, 2, 4, 2500, List.of(Fault.OUTAGE, Fault.KILL, Fault.TERM, Fault.GAP),
                Duration.ofSeconds(10), Duration.ofSeconds(4), "384m", List.of());
    }
}
