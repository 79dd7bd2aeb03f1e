package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Concurrent commands that would both claim the same thing: exactly one succeeds. */
class ConcurrencyIT extends ApiTest {

    private static final int THREADS = 20;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void twentyConcurrentClosuresRecordExactlyOneClosure() throws Exception {
        String recommendation = given.recommendation();
        String path = "/api/v1/recommendations/" + recommendation;

        List<Integer> statuses = concurrently(() -> api.post(path + "/closure", Map.of("outcome", "WITHDRAWN",
                "rationale", "withdrawn by the board", "closedOn", "2013-01-01"), "If-Match", "\"1\"").status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 409 || status == 412);
        JsonNode history = api.get(path + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("type").asText()).isEqualTo("RecommendationClosed");
    }

    @Test
    void twentyConcurrentChangesNamingOneVersionApplyExactlyOnce() throws Exception {
        String recommendation = given.recommendation();
        String agency = given.agency(uniqueCode("DUE"));
        given.assign(recommendation, agency, "2012-02-01", "2012-06-30");
        String path = "/api/v1/recommendations/" + recommendation;
        AtomicInteger day = new AtomicInteger();

        // each change alone is allowed any number of times: only If-Match can refuse the ones that lost the race
        List<Integer> statuses = concurrently(() -> api.put(path + "/assignments/" + agency + "/due-date",
                Map.of("dueOn", "2012-07-" + String.format("%02d", 1 + day.getAndIncrement()), "reason", "capacity",
                        "changedOn", "2012-03-01"), "If-Match", "\"2\"").status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 412);
        assertThat(api.get(path + "/history").json()).hasSize(3);
    }

    @Test
    void twentyConcurrentRegistrationsOfOneReferenceMakeExactlyOneReview() throws Exception {
        String board = uniqueCode("RACE");

        List<Integer> statuses = concurrently(() -> api.post("/api/v1/reviews", Map.of("board", board,
                "reference", "SCR-2014-1", "kind", "SCR", "title", "Child Q", "commissionedOn", "2014-01-01")).status());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 409);
        Api.Answer reviews = api.get("/api/v1/reviews?board=" + board + "&minPosition=" + lastPosition());
        assertThat(reviews.status()).as(reviews.text()).isEqualTo(200);
        assertThat(reviews.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void twentyConcurrentFirstRegistrationsOfOneAgencyRegisterItOnceAndAnswerTheRestWithIt() throws Exception {
        String code = uniqueCode("FIRST");

        List<Integer> statuses = concurrently(() ->
                api.put("/api/v1/agencies/" + code, Map.of("name", "Children's Social Care")).status());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).hasSize(THREADS - 1).containsOnly(200);
        Api.Answer agency = api.get("/api/v1/agencies/" + code + "?minPosition=" + lastPosition());
        assertThat(agency.json().get("name").asText()).isEqualTo("Children's Social Care");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, code)).as("events of agency " + code).isEqualTo(1);
    }

    @Test
    void twentyConcurrentRenamesOfOneAgencyAreEachAppliedInTurn() throws Exception {
        String code = given.agency(uniqueCode("RENAME"));
        AtomicInteger names = new AtomicInteger();

        List<Integer> statuses = concurrently(() ->
                api.put("/api/v1/agencies/" + code, Map.of("name", "Name " + names.incrementAndGet())).status());

        assertThat(statuses).containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, code)).as("registered, then renamed once by each").isEqualTo(1 + THREADS);
    }

    private long lastPosition() {
        Api.Answer agency = api.put("/api/v1/agencies/" + uniqueCode("MARK"), Map.of("name", "position marker"));
        return agency.position();
    }

    private static List<Integer> concurrently(Callable<Integer> command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return command.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
