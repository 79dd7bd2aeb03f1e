package org.safeguarding.tracker.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a benchmark run is set up. {@code level}: how long each concurrency level of each measurement lasts;
 * {@code warmUp}: creations at the highest level before anything is measured, so the JIT has compiled the command
 * path; {@code topUpEvents}: the event store is loaded through the API up to this many events before the rebuild;
 * {@code viewRequests}: requests per view and scope; {@code logRounds}: the BCrypt cost of the benchmark's user.
 */
record Settings(Path jar, Path dir, String dbUrl, String dbUser, String dbPassword, boolean quick,
                List<Integer> concurrency, Duration level, Duration warmUp, Duration lag, int topUpEvents,
                int viewRequests, String heap, int logRounds, List<String> serviceArguments) {

    static Settings of(Path jar, Path dir, String dbUrl, String dbUser, String dbPassword, boolean quick) {
        return quick
                ? new Settings(jar, dir, dbUrl, dbUser, dbPassword, true, List.of(1, 8, 32), Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(3), 3_000, 20, "512m", 4, List.of())
                : new Settings(jar, dir, dbUrl, dbUser, dbPassword, false, List.of(1, 8, 32), Duration.ofSeconds(20),
                Duration.ofSeconds(15), Duration.ofSeconds(15), 50_000, 200, "512m", 4, List.of());
    }

    Settings withLogRounds(int rounds) {
        return new Settings(jar, dir, dbUrl, dbUser, dbPassword, quick, concurrency, level, warmUp, lag, topUpEvents,
                viewRequests, heap, rounds, serviceArguments);
    }

    Settings with(Duration level, int topUpEvents, String heap, List<String> serviceArguments) {
        return new Settings(jar, dir, dbUrl, dbUser, dbPassword, quick, concurrency, level, warmUp, lag, topUpEvents,
                viewRequests, heap, logRounds, serviceArguments);
    }
}
