package org.safeguarding.tracker.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.OwnDatabaseTest;
import org.safeguarding.tracker.api.views.ViewRebuilds;

/**
 * Poison events on a database of its own: a trigger on a projection's table raises for the rows carrying a
 * marker, as a bug or a bad row would, so the events behind them fail in the projection and nowhere else (the
 * event store and its hash chain stay intact). Removing the marker is removing the cause.
 */
class DeadLetterIT extends OwnDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void startWithPoisonTriggers() {
        start("--management.prometheus.metrics.export.enabled=true");
        jdbc.execute("create table test_poison (schema_name text, table_name text, marker text)");
        jdbc.execute("""
                create function test_poison() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from public.test_poison p where p.schema_name = tg_table_schema
                               and p.table_name = tg_table_name and to_jsonb(new)::text like '%' || p.marker || '%') then
                        raise exception 'poisoned for the test in %.%', tg_table_schema, tg_table_name;
                    end if;
                    return new;
                end $$""");
        for (String table : List.of("public.recommendation_view", "views_blue.view_recommendation",
                "views_green.view_recommendation", "views_blue.view_review_theme", "views_green.view_review_theme")) {
            jdbc.execute("create trigger test_poison before insert or update on " + table
                    + " for each row execute function test_poison()");
        }
    }

    @AfterEach
    void cure() {
        jdbc.update("delete from test_poison");
    }

    @Test
    void aPoisonEventWaitsWithItsAggregatesLaterEventsWhileTheRestFlowsAndARetryProcessesItOnceCured() {
        String agency = given.agency(code("DLQ"));
        String reviewId = given.review(code("DLQ"));
        String poisoned = "POISON-" + UUID.randomUUID();
        long before = deadLetters("tracker-lists");
        poison("public", "recommendation_view", poisoned);
        String recommendationId = given.recommendation(reviewId, poisoned, "2012-01-10");
        long raised = lastPosition();
        long assigned = given.assign(recommendationId, agency, "2012-02-01", "2012-06-30").position();
        given.recommendation(reviewId, "1.2", "2012-01-11");
        long healthy = lastPosition();

        // the stream flows past it: a later recommendation of another aggregate is listed (the first failure of a
        // projection fails its batch, which is retried with savepoints: that takes a moment)
        Api.Answer list = await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/v1/recommendations?reviewId=" + reviewId + "&minPosition=" + healthy),
                answer -> answer.status() == 200);
        assertThat(references(list.json())).containsExactly("1.2");
        // the write a client waits for is not in the list: 503, however long it waits
        assertThat(api.get("/api/v1/recommendations?reviewId=" + reviewId + "&minPosition=" + raised).status())
                .isEqualTo(503);
        assertThat(api.get("/api/v1/recommendations?reviewId=" + reviewId + "&minPosition=" + assigned).status())
                .isEqualTo(503);

        JsonNode letters = letters("tracker-lists", recommendationId);
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).get("type").asText()).isEqualTo("RecommendationRaised");
        assertThat(letters.get(0).get("position").asLong()).isEqualTo(raised);
        assertThat(letters.get(0).get("retries").asLong()).isZero();
        assertThat(letters.get(0).get("cause").asText()).isEqualTo(DeadLetterCause.WRITE_FAILED);
        assertThat(letters.get(1).get("type").asText()).isEqualTo("RecommendationAssigned");
        assertThat(letters.get(1).get("position").asLong()).isEqualTo(assigned);
        assertThat(letters.get(1).get("cause").asText()).isEqualTo(DeadLetterCause.QUEUED_BEHIND);
        String answer = api.get("/api/v1/dead-letters").text();
        assertThat(answer).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("poisoned")
                .doesNotContainIgnoringCase("insert into").doesNotContain("org.");
        assertThat(deadLetters("tracker-lists")).isEqualTo(before + 2);
        assertThat(api.get("/actuator/prometheus").text())
                .contains("tracker_dead_letters{processor=\"tracker-lists\"} " + (before + 2) + ".0");

        // retried with the cause still there: it stays, counted
        JsonNode again = retry("tracker-lists", recommendationId);
        assertThat(again.get("result").asText()).isEqualTo("STILL_FAILING");
        assertThat(again.at("/remaining/0/retries").asLong()).isEqualTo(1);
        assertThat(again.get("remaining")).hasSize(2);

        cure();
        JsonNode cured = retry("tracker-lists", recommendationId);
        assertThat(cured.get("result").asText()).isEqualTo("PROCESSED");
        assertThat(cured.get("remaining")).isEmpty();
        Api.Answer after = api.get("/api/v1/recommendations?reviewId=" + reviewId + "&minPosition=" + assigned);
        assertThat(after.status()).as(after.text()).isEqualTo(200);
        assertThat(references(after.json())).containsExactlyInAnyOrder(poisoned, "1.2");
        JsonNode state = api.get("/api/v1/recommendations?reviewId=" + reviewId + "&agency=" + agency).json();
        assertThat(state.at("/items/0/version").asLong()).as("both events folded in, in order").isEqualTo(2);
        assertThat(deadLetters("tracker-lists")).isEqualTo(before);
        assertThat(api.get("/actuator/prometheus").text())
                .contains("tracker_dead_letters{processor=\"tracker-lists\"} " + before + ".0");

        // the aggregate's next event is handled as it comes
        long next = given.decide(recommendationId, given.evidence(recommendationId, agency, "2012-03-01"),
                "ACCEPTED", "2012-03-02").position();
        assertThat(api.get("/api/v1/recommendations?reviewId=" + reviewId + "&minPosition=" + next).status())
                .isEqualTo(200);
    }

    @Test
    void anEvictedSequenceLeavesTheQueueAndTheAggregatesNextEventsAreHandled() {
        String reviewId = given.review(code("EVICT"));
        String poisoned = "POISON-" + UUID.randomUUID();
        poison("public", "recommendation_view", poisoned);
        String recommendationId = given.recommendation(reviewId, poisoned, "2012-01-10");
        await().atMost(WAIT).until(() -> letters("tracker-lists", recommendationId).size() == 1);

        Api.Answer evicted = api.send("DELETE", "/api/v1/dead-letters/tracker-lists/" + recommendationId, "");
        assertThat(evicted.status()).as(evicted.text()).isEqualTo(200);
        assertThat(evicted.json()).hasSize(1);
        assertThat(letters("tracker-lists", recommendationId)).isEmpty();
        assertThat(api.send("DELETE", "/api/v1/dead-letters/tracker-lists/" + recommendationId, "").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/dead-letters/tracker-lists/" + recommendationId + "/retry", "").status())
                .isEqualTo(404);
        Api.Answer unknownGroup = api.post("/api/v1/dead-letters/no-such-group/" + recommendationId + "/retry", "");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.header("Content-Type")).startsWith("application/problem+json");
    }

    /** Inserted past the command side, so its chain hash is made up: this database's audit would call it broken. */
    @Test
    void aMalformedPayloadOfAKnownTypeIsDeadLetteredAsUnreadableAndStaysSoUntilEvicted() {
        String code = code("MALFORMED");
        jdbc.update("""
                insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                    time_stamp, aggregate_identifier, sequence_number, type, previous_hash, chain_hash)
                values (?, convert_to('{}', 'UTF8'), convert_to('{"code": {"not": "a string"}, "name": 7}', 'UTF8'),
                    '1', 'org.safeguarding.tracker.domain.agency.AgencyRenamed', '2014-03-01T09:30:00.000Z', ?, 0,
                    'Agency', '', 'made-up')""", UUID.randomUUID().toString(), code);
        long position = lastPosition();
        await().atMost(WAIT).until(() -> letters("tracker-lists", code).size() == 1);
        JsonNode letter = letters("tracker-lists", code).get(0);
        assertThat(letter.get("type").asText()).isEqualTo("AgencyRenamed");
        assertThat(letter.get("position").asLong()).isEqualTo(position);
        assertThat(letter.get("cause").asText()).isEqualTo(DeadLetterCause.UNREADABLE);
        given.agency(code("AFTER"));
        assertThat(api.get("/api/v1/agencies?minPosition=" + lastPosition()).status()).as("the rest flows")
                .isEqualTo(200);

        JsonNode again = retry("tracker-lists", code);
        assertThat(again.get("result").asText()).isEqualTo("STILL_FAILING");
        assertThat(again.at("/remaining/0/retries").asLong()).isEqualTo(1);
        assertThat(api.send("DELETE", "/api/v1/dead-letters/tracker-lists/" + code, "").status()).isEqualTo(200);
        assertThat(letters("tracker-lists", code)).isEmpty();
        // the live views could not read it either
        String views = "tracker-views-" + ViewRebuilds.live(api).toLowerCase();
        await().atMost(WAIT).until(() -> letters(views, code).size() == 1);
        assertThat(api.send("DELETE", "/api/v1/dead-letters/" + views + "/" + code, "").status()).isEqualTo(200);
    }

    @Test
    void aViewRebuildReplaysAPoisonEventIntoTheNewGenerationAndLeavesNoStaleLetters() {
        String live = ViewRebuilds.live(api).toLowerCase();
        String liveGroup = "tracker-views-" + live;
        String board = code("REBUILD");
        String reviewId = given.review(board);
        String poisoned = "POISON-" + UUID.randomUUID();
        long before = deadLetters(liveGroup);
        // the live generation's table refuses it; the other generation's does not
        poison("views_" + live, "view_recommendation", poisoned);
        String recommendationId = given.recommendation(reviewId, poisoned, "2012-01-10");
        given.recommendation(reviewId, "1.2", "2012-01-11");
        long healthy = lastPosition();
        Api.Answer themes = api.get("/api/v1/views/themes?board=" + board + "&minPosition=" + healthy);
        assertThat(themes.status()).as(themes.text()).isEqualTo(200);
        assertThat(themes.json().get(0).get("recommendations").asInt()).isEqualTo(1);
        assertThat(letters(liveGroup, recommendationId)).hasSize(1);
        assertThat(health().at("/components/deadLetters/details/" + liveGroup).asLong()).isEqualTo(before + 1);
        assertThat(health().at("/components/deadLetters/status").asText()).isEqualTo("UP");

        ViewRebuilds.rebuildFromScratch(api);

        // the generation now idle keeps no letters, once its processor has stopped just after the swap
        await().atMost(WAIT).until(() -> deadLetters(liveGroup) == 0);
        assertThat(letters("tracker-views-" + ViewRebuilds.live(api).toLowerCase(), recommendationId)).isEmpty();
        assertThat(api.get("/api/v1/views/themes?board=" + board).json().get(0).get("recommendations").asInt())
                .isEqualTo(2);
    }

    @Test
    void aFailureWhenTheViewsBatchCommitsIsRetriedNotDeadLettered() {
        String live = ViewRebuilds.live(api).toLowerCase();
        String board = code("COMMIT");
        String reviewId = given.review(board);
        long before = deadLetters("tracker-views-" + live);
        // the review's theme row is written by the batch as it commits, not by a handler
        poison("views_" + live, "view_review_theme", reviewId);
        given.recommendation(reviewId, "1.1", "2012-01-10");
        long raised = lastPosition();
        await().atMost(WAIT).until(() -> api.get("/api/v1/views/themes?board=" + board + "&minPosition=" + raised)
                .status() == 503);
        assertThat(deadLetters("tracker-views-" + live)).isEqualTo(before);

        cure();
        await().atMost(Duration.ofMinutes(2)).until(() -> api.get(
                "/api/v1/views/themes?board=" + board + "&minPosition=" + raised).status() == 200);
        assertThat(api.get("/api/v1/views/themes?board=" + board).json().get(0).get("recommendations").asInt())
                .isEqualTo(1);
        assertThat(deadLetters("tracker-views-" + live)).isEqualTo(before);
    }

    private static void poison(String schema, String table, String marker) {
        jdbc.update("insert into test_poison values (?, ?, ?)", schema, table, marker);
    }

    private JsonNode letters(String group, String sequenceId) {
        Api.Answer answer = api.get("/api/v1/dead-letters?processingGroup=" + group + "&size=200");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        answer.json().get("items").forEach(item -> {
            if (item.get("sequenceId").asText().equals(sequenceId)) {
                items.add(item);
            }
        });
        return JSON.valueToTree(items);
    }

    private JsonNode retry(String group, String sequenceId) {
        Api.Answer answer = api.post("/api/v1/dead-letters/" + group + "/" + sequenceId + "/retry", "");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private long deadLetters(String group) {
        return health().at("/components/deadLetters/details/" + group).asLong();
    }

    private JsonNode health() {
        return api.get("/actuator/health").json();
    }

    private static long lastPosition() {
        return jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    private static List<String> references(JsonNode page) {
        List<String> references = new ArrayList<>();
        page.get("items").forEach(item -> references.add(item.get("reference").asText()));
        return references;
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
