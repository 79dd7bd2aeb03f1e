package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventFeedIT extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagingThroughTheFeedGivesEveryEventOnceWithStrictlyIncreasingPositions() throws Exception {
        Set<Long> written = new HashSet<>();
        String agency = uniqueCode("FEED");
        written.add(api.put("/api/v1/agencies/" + agency, Map.of("name", "Feed agency")).position());
        String recommendation = given.recommendation();
        for (int i = 0; i < 3; i++) {
            written.add(api.post("/api/v1/recommendations/" + recommendation + "/closure", Map.of(
                    "outcome", "WITHDRAWN", "rationale", "r" + i, "closedOn", "2013-01-01")).position());
            written.add(api.post("/api/v1/recommendations/" + recommendation + "/reopening", Map.of(
                    "reason", "r" + i, "reopenedOn", "2013-01-01")).position());
        }
        // a refused command leaves a gap in the positions; the feed must still reach past it
        api.post("/api/v1/recommendations/" + recommendation + "/reopening", Map.of("reason", "r",
                "reopenedOn", "2013-01-01"));
        long last = api.put("/api/v1/agencies/" + agency, Map.of("name", "Feed agency, renamed")).position();
        written.add(last);

        List<JsonNode> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            events.clear();
            long after = 0;
            while (true) {
                Api.Answer page = api.get("/api/v1/events?after=" + after + "&limit=7");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.header("Content-Type")).startsWith("application/x-ndjson");
                List<String> lines = page.text().lines().toList();
                if (lines.isEmpty()) {
                    break;
                }
                for (String line : lines) {
                    events.add(JSON.readTree(line));
                }
                after = events.get(events.size() - 1).get("position").asLong();
            }
            return !events.isEmpty() && events.get(events.size() - 1).get("position").asLong() >= last;
        });

        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            seen.add(event.get("position").asLong());
            if (i > 0) {
                assertThat(event.get("position").asLong()).isGreaterThan(events.get(i - 1).get("position").asLong());
            }
            assertThat(event.get("aggregateId").asText()).isNotBlank();
            assertThat(event.get("aggregateType").asText()).isIn("Agency", "Review", "Recommendation");
            assertThat(event.get("payload").isObject()).isTrue();
        }
        assertThat(seen).containsAll(written);
        JsonNode renamed = events.stream().filter(e -> e.get("position").asLong() == last).findFirst().orElseThrow();
        assertThat(renamed.get("type").asText()).isEqualTo("AgencyRenamed");
        assertThat(renamed.get("aggregateId").asText()).isEqualTo(agency);
    }
}
