package org.safeguarding.tracker.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.views.ViewRebuilds;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/** The service's own metrics at /actuator/prometheus, the processors' health details, and the alert rules. */
class MetricsIT extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path ALERTS = Path.of("..", "docker", "prometheus", "alerts.yml");
    private static final Path SCRAPE_CONFIG = Path.of("..", "docker", "prometheus", "prometheus.yml");
    private static final Path DOCS = Path.of("..", "docs", "metrics.md");
    private static final Pattern METRIC = Pattern.compile("\\btracker_[a-z_]+");

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private DataSource dataSource;

    @Test
    void commandsAreTimedByTypeAndOutcomeInBoundedBuckets() {
        Scrape before = scrape();
        String recommendation = given.recommendation();
        Api.Answer refused = api.post("/api/v1/recommendations/" + recommendation + "/reopening",
                Map.of("reason", "it is open", "reopenedOn", "2014-01-01"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        Scrape after = scrape();

        Map<String, String> raised = Map.of("command", "RaiseRecommendation", "outcome", "accepted");
        Map<String, String> reopening = Map.of("command", "ReopenRecommendation", "outcome", "refused");
        assertThat(increase(before, after, "tracker_commands_seconds_count", raised)).isEqualTo(1);
        assertThat(increase(before, after, "tracker_commands_seconds_count", reopening)).isEqualTo(1);
        assertThat(after.value("tracker_commands_seconds_sum", raised)).isPositive();
        assertThat(after.all("tracker_commands_seconds_bucket").stream().filter(sample -> sample.has(raised)))
                .as("5 ms to 10 s, and +Inf").hasSize(12);
        assertThat(after.all("tracker_commands_seconds_count"))
                .allSatisfy(sample -> assertThat(sample.labels().get("outcome")).isIn("accepted", "refused", "failed"));
    }

    @Test
    void idempotentReplaysAndKeysReusedWithAnotherBodyAreCounted() {
        String path = "/api/v1/recommendations/" + given.recommendation() + "/response";
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("decision", "ACCEPTED", "respondedOn", "2013-01-01");
        Scrape before = scrape();

        assertThat(api.post(path, body, "Idempotency-Key", key).status()).isEqualTo(200);
        assertThat(api.post(path, body, "Idempotency-Key", key).header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.post(path, Map.of("decision", "ACCEPTED", "respondedOn", "2013-01-02"),
                "Idempotency-Key", key).status()).isEqualTo(422);
        Scrape after = scrape();

        assertThat(increase(before, after, "tracker_idempotent_replays_total", Map.of())).isEqualTo(1);
        assertThat(increase(before, after, "tracker_idempotent_conflicts_total", Map.of())).isEqualTo(1);
        assertThat(increase(before, after, "tracker_commands_seconds_count",
                Map.of("command", "RecordBoardResponse"))).as("a replay sends no command").isEqualTo(1);
    }

    @Test
    void viewsAreTimedByViewAndNothingElseUnderTheirPathIs() {
        Scrape before = scrape();
        assertThat(api.get("/api/v1/views/outstanding-by-agency").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/views/themes", "Accept", "text/csv").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/views/rebuild").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/views/no-such-view").status()).isEqualTo(404);
        Scrape after = scrape();

        assertThat(increase(before, after, "tracker_views_seconds_count", Map.of("view", "outstanding-by-agency")))
                .isEqualTo(1);
        assertThat(increase(before, after, "tracker_views_seconds_count", Map.of("view", "themes"))).isEqualTo(1);
        assertThat(after.all("tracker_views_seconds_count")).extracting(sample -> sample.labels().get("view"))
                .doesNotContain("rebuild", "no-such-view");
    }

    @Test
    void processorLagRisesWhileAProcessorIsStoppedAndIsZeroOnceCaughtUp() {
        String live = liveViewsProcessor();
        EventProcessor lists = processing.eventProcessor(ProcessingGroups.LISTS).orElseThrow();
        lists.shutDown();
        try {
            given.recommendation();
            await().atMost(PATIENCE).untilAsserted(() -> {
                Scrape stopped = scrape();
                assertThat(stopped.all("tracker_processor_lag_events").stream()
                        .filter(sample -> sample.has(Map.of("processor", ProcessingGroups.LISTS))))
                        .hasSize(2).allSatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
                assertThat(stopped.value("tracker_processor_lag_seconds", Map.of("processor", ProcessingGroups.LISTS)))
                        .isPositive();
                assertThat(stopped.value("tracker_processor_up", Map.of("processor", ProcessingGroups.LISTS)))
                        .isZero();
            });
            JsonNode health = api.get("/actuator/health").json().at("/components/eventProcessors/details/"
                    + ProcessingGroups.LISTS);
            assertThat(health.get("state").asText()).isEqualTo("stopped");
            assertThat(health.at("/segments/0/state").asText()).isIn("unclaimed", "running elsewhere");
            assertThat(health.at("/segments/0/lag").asLong()).isPositive();
        } finally {
            lists.start();
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            Scrape caughtUp = scrape();
            List<Scrape.Sample> lag = caughtUp.all("tracker_processor_lag_events");
            assertThat(lag).extracting(sample -> sample.labels().get("processor"))
                    .contains(ProcessingGroups.LISTS, live).doesNotContain(idle(live));
            assertThat(lag).extracting(sample -> sample.labels().get("segment")).contains("0", "1");
            assertThat(lag).allSatisfy(sample -> assertThat(sample.value()).as(sample.toString()).isZero());
            assertThat(caughtUp.all("tracker_processor_lag_seconds")).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(sample -> assertThat(sample.value()).as(sample.toString()).isZero());
            assertThat(caughtUp.all("tracker_processor_up")).extracting(sample -> sample.labels().get("processor"))
                    .contains(ProcessingGroups.LISTS, live).doesNotContain(idle(live));
            assertThat(caughtUp.all("tracker_processor_up")).allSatisfy(sample -> assertThat(sample.value()).isOne());
        });
    }

    @Test
    void healthShowsEachSegmentsStatePositionAndLagToTheBoardOnly() {
        long position = api.put("/api/v1/agencies/" + uniqueCode("METRICS"), Map.of("name", "Metrics")).position();
        String live = liveViewsProcessor();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode processors = api.get("/actuator/health").json().at("/components/eventProcessors");
            assertThat(processors.get("status").asText()).isEqualTo("UP");
            for (String processor : List.of(ProcessingGroups.LISTS, live)) {
                JsonNode detail = processors.at("/details/" + processor);
                assertThat(detail.get("state").asText()).isEqualTo("running");
                assertThat(detail.get("segments").properties()).extracting(Map.Entry::getKey)
                        .containsExactly("0", "1");
                for (JsonNode segment : detail.get("segments")) {
                    assertThat(segment.get("state").asText()).as(processor).isEqualTo("caught up");
                    assertThat(segment.get("position").asLong()).isGreaterThanOrEqualTo(position);
                    assertThat(segment.get("lag").asLong()).isZero();
                    assertThat(segment.has("cause")).isFalse();
                }
            }
            JsonNode idle = processors.at("/details/" + idle(live));
            assertThat(idle.get("state").asText()).isEqualTo("idle");
            assertThat(idle.has("segments")).isFalse();
        });

        for (Api other : List.of(api.anonymous(), api.as(TestUsers.DASHBOARD), api.as(TestUsers.AUDITOR))) {
            JsonNode health = other.get("/actuator/health").json();
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.has("components")).isFalse();
            assertThat(health.toString()).doesNotContain("segments", "position");
        }
    }

    @Test
    void theBoardAndTheDashboardRoleMayScrapeOthersMayNot() {
        assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.as(TestUsers.AGENCY_A).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.as(TestUsers.AUDITOR).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.as(TestUsers.DASHBOARD).get("/actuator/prometheus").text()).contains("tracker_");
    }

    @Test
    void aRebuildShowsHowFarItHasReplayedTowardsTheHeadOfTheLog() throws Exception {
        long head = api.put("/api/v1/agencies/" + uniqueCode("REBUILD"), Map.of("name", "Rebuild")).position();
        String liveBefore = ViewRebuilds.live(api);
        String target = idle(liveViewsProcessor()).substring("tracker-views-".length());
        await().atMost(PATIENCE).until(() -> scrape().all("tracker_views_rebuild_active").size() == 1
                && scrape().value("tracker_views_rebuild_active") == 0);
        assertThat(scrape().value("tracker_views_rebuild_target_position")).isZero();

        // the rebuild empties the target generation's tables first: a lock holds it there, under way
        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("lock table views_" + target + ".view_agency in access share mode");
            try {
                assertThat(api.post("/api/v1/views/rebuild", "").status()).isEqualTo(202);
                await().atMost(PATIENCE).untilAsserted(() -> {
                    Scrape rebuilding = scrape();
                    assertThat(rebuilding.value("tracker_views_rebuild_active")).isOne();
                    assertThat(rebuilding.value("tracker_views_rebuild_target_position"))
                            .isGreaterThanOrEqualTo(head);
                    assertThat(rebuilding.value("tracker_views_rebuild_position"))
                            .isLessThanOrEqualTo(rebuilding.value("tracker_views_rebuild_target_position"));
                    assertThat(rebuilding.all("tracker_processor_lag_events"))
                            .extracting(sample -> sample.labels().get("processor"))
                            .as("the generation being filled is measured by the rebuild's gauges")
                            .doesNotContain("tracker-views-" + target);
                });
            } finally {
                holder.rollback();
            }
        }

        ViewRebuilds.awaitLiveOtherThan(api, liveBefore);
        await().atMost(PATIENCE).untilAsserted(() -> {
            Scrape done = scrape();
            assertThat(done.value("tracker_views_rebuild_active")).isZero();
            assertThat(done.value("tracker_views_rebuild_position")).isZero();
        });
    }

    @Test
    void theAlertRulesAreValidAndUseOnlyMetricsTheServiceServes() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(ALERTS));
        List<Map<String, Object>> all = ((List<Map<String, Object>>) rules.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream()).toList();
        assertThat(all).allSatisfy(rule -> {
            assertThat(rule.get("alert")).asString().matches("[A-Z][A-Za-z]+");
            assertThat(rule.get("expr")).asString().isNotBlank();
            assertThat(rule.get("for")).asString().matches("\\d+[smh]");
            assertThat((Map<String, Object>) rule.get("labels")).containsKey("severity");
        });
        Set<String> used = new TreeSet<>();
        all.forEach(rule -> used.addAll(metrics(rule.get("expr").toString())));
        assertThat(used).contains("tracker_processor_lag_events", "tracker_processor_lag_seconds",
                "tracker_processor_up", "tracker_dead_letters");

        Map<String, Object> scrapeConfig = new Yaml().load(Files.readString(SCRAPE_CONFIG));
        assertThat((List<String>) scrapeConfig.get("rule_files")).containsExactly(ALERTS.getFileName().toString());
        assertThat(scrapeConfig.toString()).contains("metrics_path=/actuator/prometheus");

        // timers appear with their first recording
        given.recommendation();
        assertThat(api.get("/api/v1/views/exceptions").status()).isEqualTo(200);
        String documentation = Files.readString(DOCS);
        await().atMost(PATIENCE).untilAsserted(() -> {
            Set<String> served = new HashSet<>(scrape().names());
            served.removeIf(name -> !name.startsWith("tracker_"));
            assertThat(served).as("served").containsAll(used);
            Set<String> families = new HashSet<>(served);
            served.forEach(name -> families.add(family(name)));
            assertThat(families).as("served, as named in the documentation").containsAll(metrics(documentation));
            for (String name : served) {
                assertThat(documentation).as("documented").contains(family(name));
            }
        });
    }

    private static Set<String> metrics(String text) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(text);
        while (metric.find()) {
            names.add(metric.group());
        }
        return names;
    }

    /** A histogram's name without the suffix of its series. */
    private static String family(String name) {
        return name.replaceAll("_(bucket|count|sum|max)$", "");
    }

    private Scrape scrape() {
        Api.Answer answer = api.as(TestUsers.DASHBOARD).get("/actuator/prometheus");
        assertThat(answer.status()).isEqualTo(200);
        return Scrape.of(answer.text());
    }

    private static double increase(Scrape before, Scrape after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private String liveViewsProcessor() {
        return "tracker-views-" + ViewRebuilds.live(api).toLowerCase();
    }

    private static String idle(String viewsProcessor) {
        return viewsProcessor.endsWith("blue") ? "tracker-views-green" : "tracker-views-blue";
    }
}
