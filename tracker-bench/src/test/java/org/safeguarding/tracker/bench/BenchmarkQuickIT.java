package org.safeguarding.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.testing.TestDatabase;

/**
 * The benchmark's quick mode, so that it keeps working: it ran, and wrote every documented key with a plausible
 * value. It reports; it never asserts a timing.
 */
class BenchmarkQuickIT {

    private static final List<String> LEVELS = List.of("raw", "commands.create", "commands.followup");
    private static final List<String> FIGURES = List.of("tps", "p50_ms", "p99_ms", "p999_ms", "count");
    private static final List<String> POSITIVE = List.of("lag.target_per_s", "lag.achieved_per_s", "lag.samples",
            "lag.p50_ms", "lag.p99_ms", "jvm.cpu_ms_per_command", "client.cpu_ms_per_command", "rss.idle_mb",
            "rss.load_mb", "startup_s", "rebuild.events", "rebuild.seconds", "rebuild.events_per_s",
            "machine.cores", "machine.memory_mb", "views.recommendations", "commands.create_default_bcrypt.c8.tps",
            "commands.create_default_bcrypt.c8.p99_ms");
    private static final List<String> TEXT = List.of("machine.cpu", "machine.load_average_start",
            "machine.load_average_load", "machine.load_average_end", "postgres.version", "postgres.synchronous_commit",
            "postgres.fsync", "settings.mode");

    @Test
    void quickModeMeasuresEveryFigureAndWritesItUnderItsKey() throws Exception {
        Path jar = Path.of(System.getProperty("tracker.jar"));
        assertThat(jar).as("the service jar, packaged by tracker-api before this module").exists();
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        TestDatabase.Coordinates db = TestDatabase.get();

        Map<String, Object> returned = new Benchmark(Settings.of(jar, dir, db.url(), db.user(), db.password(), true))
                .run();

        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        assertThat(result.size()).isEqualTo(returned.size());
        for (int clients : List.of(1, 8, 32)) {
            for (String level : LEVELS) {
                for (String figure : FIGURES) {
                    assertPositive(result, level + ".c" + clients + "." + figure);
                }
                assertThat(result.path(level + ".c" + clients + ".errors").isNumber()).isTrue();
            }
            assertPositive(result, "ratio.c" + clients);
            assertPositive(result, "ratio.followup.c" + clients);
        }
        POSITIVE.forEach(key -> assertPositive(result, key));
        for (String view : Views.VIEWS) {
            for (String scope : List.of(".board", ".all")) {
                assertPositive(result, "views." + view.replace("?groupBy=", ".") + scope + ".p50_ms");
                assertPositive(result, "views." + view.replace("?groupBy=", ".") + scope + ".p99_ms");
            }
        }
        TEXT.forEach(key -> assertThat(result.path(key).asText()).as(key).isNotBlank());
        assertThat(result.get("settings.mode").asText()).isEqualTo("quick");
        assertThat(result.get("postgres.fsync").asText()).as("durability stays on").isEqualTo("on");
        assertThat(result.get("lag.p99_ms").asDouble()).isGreaterThanOrEqualTo(result.get("lag.p50_ms").asDouble());
        assertThat(result.get("rebuild.events").asLong()).as("quick mode loads a few thousand events")
                .isGreaterThanOrEqualTo(3_000);
        assertThat(Files.readString(dir.resolve("service.out"))).doesNotContain("Application run failed");
    }

    private static void assertPositive(JsonNode result, String key) {
        assertThat(result.path(key).isNumber()).as(key + " written").isTrue();
        assertThat(result.get(key).asDouble()).as(key).isPositive();
    }
}
