package org.safeguarding.tracker.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks after the load: the ledger against the event store (nothing lost, nothing doubled, no race with
 * two winners), the feed reader's positions against the store, and the lists and views of every instance
 * against each other, against the event store's state of each recommendation and against a rebuild.
 */
final class Invariants {

    static final String ON = "2020-03-03";
    private static final List<String> VIEWS = List.of("outstanding-by-agency", "outstanding-actions",
            "time-to-implementation?groupBy=agency", "time-to-implementation?groupBy=theme",
            "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board", "re-referrals",
            "exceptions", "themes");

    private final Http http;
    private final Load load;
    private final Connection db;
    private final int instances;
    private final int clients;
    private final Path dir;
    private final List<String> violations = new ArrayList<>();
    private final AtomicInteger differences = new AtomicInteger();

    private record Stored(String aggregateId, long sequence, String idempotencyKey) {
    }

    Invariants(Http http, Load load, Connection db, int instances, int clients, Path dir) {
        this.dir = dir;
        this.http = http;
        this.load = load;
        this.db = db;
        this.instances = instances;
        this.clients = clients;
    }

    long storeHead() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Result check(FeedReader feed, List<FaultFigures> faults, long runMillis) throws Exception {
        Map<Long, Stored> store = store();
        int lost = 0;
        Map<String, Integer> eventsPerKey = new HashMap<>();
        store.values().forEach(event -> {
            if (event.idempotencyKey() != null) {
                eventsPerKey.merge(event.idempotencyKey(), 1, Integer::sum);
            }
        });
        for (Ack ack : load.ledger) {
            Stored event = store.get(ack.position());
            boolean found = event != null && event.aggregateId().equals(ack.aggregateId())
                    && (ack.version() == null || event.sequence() == ack.version() - 1)
                    && ack.key().equals(event.idempotencyKey());
            if (!found) {
                lost++;
                violation("acknowledged but not stored as answered: " + ack + " store has " + event);
            }
        }
        int doubled = 0;
        for (Map.Entry<String, Integer> perKey : eventsPerKey.entrySet()) {
            if (perKey.getValue() > 1) {
                doubled += perKey.getValue() - 1;
                violation("Idempotency-Key " + perKey.getKey() + " has " + perKey.getValue() + " events");
            }
        }
        Map<String, Set<String>> keysPerVersion = new HashMap<>();
        for (Ack ack : load.ledger) {
            if (ack.version() != null) {
                keysPerVersion.computeIfAbsent(ack.aggregateId() + " v" + ack.version(), k -> new HashSet<>())
                        .add(ack.key());
            }
        }
        for (Map.Entry<String, Set<String>> version : keysPerVersion.entrySet()) {
            if (version.getValue().size() > 1) {
                doubled += version.getValue().size() - 1;
                violation("two commands acknowledged as " + version.getKey() + ": " + version.getValue());
            }
        }
        int doubleWins = 0;
        for (Load.Race race : load.races) {
            if (race.winners() > 1) {
                doubleWins++;
                violation("both racing commands applied: " + race);
            }
        }

        List<Long> seen = feed.positions();
        Set<Long> unique = new HashSet<>(seen);
        int outOfOrder = 0;
        for (int i = 1; i < seen.size(); i++) {
            if (seen.get(i) <= seen.get(i - 1)) {
                outOfOrder++;
            }
        }
        List<Long> skipped = store.keySet().stream().filter(position -> !unique.contains(position)).sorted().toList();
        if (!skipped.isEmpty()) {
            violation("the feed skipped " + skipped.size() + " positions: " + skipped.stream().limit(20).toList());
        }
        if (outOfOrder > 0 || unique.size() != seen.size()) {
            violation("the feed gave " + (seen.size() - unique.size()) + " duplicates, " + outOfOrder + " out of order");
        }

        long head = load.ledger.stream().mapToLong(Ack::position).max().orElse(0);
        int viewsCompared = compareViews(head);
        int recommendationsCompared = compareLists(head);

        return new Result(instances, clients, load.issued.get(), load.ledger.size(), lost, doubled, load.races.size(),
                doubleWins, store.size(), seen.size(), skipped.size(), seen.size() - unique.size(), outOfOrder,
                viewsCompared, recommendationsCompared, new TreeMap<>(load.refusals), load.gaveUp.get(), new TreeMap<>(http.failures), faults,
                violations.stream().limit(200).toList(), runMillis);
    }

    private Map<Long, Stored> store() throws SQLException {
        Map<Long, Stored> events = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select global_index, aggregate_identifier, sequence_number,"
                     + " convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' from domain_event_entry")) {
            while (rows.next()) {
                events.put(rows.getLong(1), new Stored(rows.getString(2), rows.getLong(3), rows.getString(4)));
            }
        }
        return events;
    }

    /** Every view of every instance the same; then a rebuild from the event store, and the same again. */
    private int compareViews(long head) {
        Map<String, JsonNode> before = views(0, head);
        for (int instance = 1; instance < instances; instance++) {
            same("views of instance " + instance + " and instance 0", views(instance, head), before);
        }
        String liveBefore = read(http.get(0, "/api/v1/views/rebuild")).get("live").asText();
        Answer started = http.send(0, "POST", "/api/v1/views/rebuild", "", null, null);
        if (started.status() != 202) {
            violation("the rebuild did not start: " + started.outcome() + " " + started.body());
            return before.size();
        }
        long deadline = http.now() + 180_000;
        while (http.now() < deadline) {
            JsonNode state = read(http.get(0, "/api/v1/views/rebuild"));
            if (state.get("building").isNull() && !state.get("live").asText().equals(liveBefore)) {
                for (int instance = 0; instance < instances; instance++) {
                    same("views of instance " + instance + " after the rebuild, and before it", views(instance, head),
                            before);
                }
                return before.size() * (instances + 1);
            }
            Load.pause(500);
        }
        violation("the rebuild did not finish within 3 minutes");
        return before.size();
    }

    private Map<String, JsonNode> views(int instance, long head) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String view : VIEWS) {
            for (String on : List.of("on=" + ON, "on=2020-12-31")) {
                String path = "/api/v1/views/" + view + (view.contains("?") ? "&" : "?") + on + "&minPosition=" + head;
                answers.put(path, read(expectOk(instance, path)));
            }
        }
        return answers;
    }

    /** The lists of every instance the same, and each recommendation in them as the event store has it. */
    private int compareLists(long head) {
        Map<String, JsonNode> first = lists(0, head);
        for (int instance = 1; instance < instances; instance++) {
            same("lists of instance " + instance + " and instance 0", lists(instance, head), first);
        }
        int compared = 0;
        for (int instance = 0; instance < instances; instance++) {
            for (JsonNode item : allPages(instance, "/api/v1/recommendations?minPosition=" + head)) {
                String id = item.get("recommendationId").asText();
                JsonNode stored = read(expectOk((instance + compared) % instances, "/api/v1/recommendations/" + id));
                if (!stored.equals(item)) {
                    violation("instance " + instance + " lists recommendation " + id + " as " + item
                            + " but the event store has " + stored);
                }
                compared++;
            }
        }
        return compared;
    }

    private Map<String, JsonNode> lists(int instance, long head) {
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        lists.put("agencies", read(expectOk(instance, "/api/v1/agencies?minPosition=" + head)));
        lists.put("reviews", load.read(load.write(allPages(instance, "/api/v1/reviews?minPosition=" + head))));
        lists.put("recommendations",
                load.read(load.write(allPages(instance, "/api/v1/recommendations?minPosition=" + head))));
        return lists;
    }

    private List<JsonNode> allPages(int instance, String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = read(expectOk(instance, path + "&size=200&page=" + page));
            answer.get("items").forEach(items::add);
            if (answer.get("items").size() < 200) {
                return items;
            }
        }
    }

    private void same(String what, Map<String, JsonNode> these, Map<String, JsonNode> those) {
        Set<String> differing = these.keySet().stream().filter(key -> !these.get(key).equals(those.get(key)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!differing.isEmpty()) {
            violation(what + " differ in " + differing + "; both written to " + dump(what, differing, these, those));
        }
    }

    private Path dump(String what, Set<String> differing, Map<String, JsonNode> these, Map<String, JsonNode> those) {
        Path file = dir.resolve("difference-" + differences.incrementAndGet() + ".json");
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("what", what);
        for (String key : differing) {
            both.put(key, Map.of("these", String.valueOf(these.get(key)), "those", String.valueOf(those.get(key))));
        }
        try {
            Files.writeString(file, load.write(both));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Answer expectOk(int instance, String path) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Answer answer = http.get(instance, path);
            if (answer.ok()) {
                return answer;
            }
            if (!answer.retryable()) {
                throw new IllegalStateException(path + " on instance " + instance + ": " + answer.outcome() + " "
                        + answer.body());
            }
            Load.pause(500);
        }
        throw new IllegalStateException(path + " on instance " + instance + " never answered 200");
    }

    private JsonNode read(Answer answer) {
        return load.read(answer.body());
    }

    private void violation(String text) {
        violations.add(text);
        FaultHarness.log("VIOLATION %s", text);
    }
}
