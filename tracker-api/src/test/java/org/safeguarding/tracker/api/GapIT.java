package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A command transaction held open while later ones commit leaves a gap in the positions. On a database of its
 * own, a trigger holds the insert of one marked event in {@code pg_sleep}: within the transaction bound its
 * event must reach the lists, the views and the /events feed (no reader skips it); beyond the bound the
 * transaction is ended and nothing of it is stored.
 */
class GapIT extends OwnDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELD = "held-within-bound";
    private static final String HELD_TOO_LONG = "held-beyond-bound";
    private static final Duration FEED_SETTLE = Duration.ofSeconds(30);

    private final String theme = "GAP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void startOnItsOwnDatabase() {
        start("--tracker.commands.statement-timeout=3s",
                "--tracker.commands.transaction-timeout=5s",
                "--tracker.commands.idle-timeout=1s",
                "--tracker.events.gap-timeout=40s",
                "--tracker.events.feed-settle=" + FEED_SETTLE.toSeconds() + "s");
        jdbc.execute("""
                create function hold_marked_event() returns trigger language plpgsql as $$
                begin
                    if convert_from(new.payload, 'UTF8') like '%%%s%%' then perform pg_sleep(2); end if;
                    if convert_from(new.payload, 'UTF8') like '%%%s%%' then perform pg_sleep(8); end if;
                    return new;
                end $$""".formatted(HELD, HELD_TOO_LONG));
        jdbc.execute("create trigger hold_marked_event after insert on domain_event_entry for each row "
                + "execute function hold_marked_event()");
    }

    @AfterEach
    void nothingHeldAnyMore() {
        await().atMost(Duration.ofSeconds(20)).until(() -> sleepingInserts() == 0);
    }

    @Test
    void anEventWhoseTransactionCommitsAfterLaterOnesIsSkippedByNoReader() throws Exception {
        String review = given.review("GAP-BOARD");
        long before = lastPosition();
        CompletableFuture<Api.Answer> held = CompletableFuture.supplyAsync(() -> raise(review, "0", HELD));
        await().atMost(Duration.ofSeconds(10)).until(() -> sleepingInserts() == 1);

        List<Long> later = List.of(raise(review, "1", "plain").position(), raise(review, "2", "plain").position());

        assertThat(feedAfter(before)).as("the feed stops before the open gap").isEmpty();
        Api.Answer heldAnswer = held.get();
        assertThat(heldAnswer.status()).as(heldAnswer.text()).isEqualTo(201);
        assertThat(heldAnswer.position()).as("its position was taken before the later ones").isLessThan(later.get(0));
        assertThat(feedAfter(before)).containsExactly(heldAnswer.position(), later.get(0), later.get(1));
        for (long position : List.of(heldAnswer.position(), later.get(1))) {
            Api.Answer list = api.get("/api/v1/recommendations?reviewId=" + review + "&minPosition=" + position);
            assertThat(list.json().get("total").asInt()).as("minPosition " + position + ": " + list.text()).isEqualTo(3);
        }
        Api.Answer themes = api.get("/api/v1/views/themes?minPosition=" + heldAnswer.position());
        assertThat(themes.json().findValues("theme").stream().map(JsonNode::asText)).contains(theme);
        for (JsonNode row : themes.json()) {
            if (row.get("theme").asText().equals(theme)) {
                assertThat(row.get("recommendations").asInt()).isEqualTo(3);
            }
        }
    }

    @Test
    void aTransactionHeldBeyondTheBoundIsEndedRecordingNothingAndItsGapDoesNotStallTheFeed() {
        String review = given.review("GAP-BOARD");
        long before = lastPosition();
        long events = eventCount();

        // with an Idempotency-Key the transaction opens earlier, to claim the key, and is bounded the same way
        Api.Answer tooLong = raise(review, "9", HELD_TOO_LONG, "Idempotency-Key", "gap-key-9");

        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(503);
        assertThat(tooLong.header("Retry-After")).isNotBlank();
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(events);
        Api.Answer again = raise(review, "9", "plain", "Idempotency-Key", "gap-key-9");
        assertThat(again.status()).as("neither the reference nor the key was taken: " + again.text()).isEqualTo(201);
        // the ended transaction's position is a gap for good; no transaction that could fill it is open, so the
        // feed passes it long before the settle time
        await().atMost(FEED_SETTLE.dividedBy(3)).until(() -> feedAfter(before).contains(again.position()));
    }

    private Api.Answer raise(String review, String reference, String text, String... headers) {
        return api.post("/api/v1/recommendations", Map.of("reviewId", review, "reference", reference,
                "text", text, "themes", List.of(theme), "raisedOn", "2015-03-01"), headers);
    }

    private List<Long> feedAfter(long position) {
        Api.Answer feed = api.get("/api/v1/events?after=" + position + "&limit=100");
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        return feed.text().lines().map(GapIT::position).toList();
    }

    private static long position(String line) {
        try {
            return JSON.readTree(line).get("position").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }

    private long lastPosition() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static int sleepingInserts() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event = 'PgSleep' "
                + "and datname = current_database()", Integer.class);
    }
}
