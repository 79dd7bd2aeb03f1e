package org.safeguarding.tracker.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mixed load: each client thread registers reviews on its own board and walks recommendations through
 * every command of the contract, over every instance in turn. A command that gets no answer or a 503 is sent
 * again, same key and body, to the next instance (bounded). Every 2xx goes to the ledger. Some due-date changes
 * race: the same change with the same If-Match sent to two instances at once; at most one may win.
 */
final class Load {

    static final String[] AGENCIES = {"FH-POLICE", "FH-HEALTH", "FH-CSC", "FH-EDUCATION", "FH-PROBATION"};
    private static final String[] KINDS = {"SCR", "MAR", "LCSPR", "RAPID_REVIEW", "THEMATIC", "OTHER"};
    private static final int MAX_ATTEMPTS = 200;

    private final Http http;
    private final int instances;
    private final String run;
    private final ObjectMapper json = new ObjectMapper();
    final Queue<Ack> ledger = new ConcurrentLinkedQueue<>();
    final Queue<Race> races = new ConcurrentLinkedQueue<>();
    final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger gaveUp = new AtomicInteger();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    /** Two commands with the same If-Match sent at once to two instances, and how many were applied. */
    record Race(String recommendationId, long ifMatch, int winners, String outcomes) {
    }

    Load(Http http, int instances, String run) {
        this.http = http;
        this.instances = instances;
        this.run = run;
    }

    /** The outcome of one command after its retries. */
    record Sent(Answer answer, String key) {
        boolean ok() {
            return answer.ok();
        }
    }

    Sent command(String name, int instance, String method, String path, Object body, String aggregateId,
                 Long ifMatch) {
        return command(name, instance, method, path, body, aggregateId, ifMatch, UUID.randomUUID().toString());
    }

    Sent command(String name, int instance, String method, String path, Object body, String aggregateId,
                 Long ifMatch, String key) {
        return command(name, instance, method, path, body, aggregateId, ifMatch, key, MAX_ATTEMPTS);
    }

    Sent command(String name, int instance, String method, String path, Object body, String aggregateId,
                 Long ifMatch, String key, int maxAttempts) {
        issued.incrementAndGet();
        String text = write(body);
        String ifMatchHeader = ifMatch == null ? null : "\"" + ifMatch + "\"";
        Answer answer = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            answer = http.send((instance + attempt) % instances, method, path, text, key, ifMatchHeader);
            if (!answer.retryable()) {
                break;
            }
            pause(attempt < 4 ? 100L * (attempt + 1) : 500);
        }
        if (answer.ok()) {
            String aggregate = aggregateId != null ? aggregateId : createdId(answer);
            String etag = answer.header("ETag");
            ledger.add(new Ack(key, name, aggregate, Long.parseLong(answer.header("X-Tracker-Position")),
                    etag == null ? null : Long.parseLong(etag.replace("\"", "").replace("W/", "")), ifMatch,
                    "true".equals(answer.header("Idempotent-Replayed")), answer.answeredAt()));
        } else if (answer.retryable()) {
            gaveUp.incrementAndGet();
        } else {
            refusals.merge(name + " " + answer.status(), 1, Integer::sum);
        }
        return new Sent(answer, key);
    }

    private String createdId(Answer answer) {
        JsonNode body = read(answer.body());
        for (String field : List.of("recommendationId", "reviewId", "code")) {
            if (body.hasNonNull(field)) {
                return body.get(field).asText();
            }
        }
        throw new IllegalStateException("no id in " + answer.body());
    }

    void registerAgencies() {
        for (String code : AGENCIES) {
            expect(command("register-agency", 0, "PUT", "/api/v1/agencies/" + code,
                    Map.of("name", "Agency " + code), code, null), "register " + code);
        }
    }

    /** One client: reviews on its own board, each with recommendations taken through their whole lifecycle. */
    void client(int client, BooleanSupplier goOn) {
        String board = ("FH-" + run + "-" + client).toUpperCase();
        int instance = client;
        String earlier = null;
        for (int round = 0; goOn.getAsBoolean(); round++) {
            instance++;
            Sent review = command("register-review", instance, "POST", "/api/v1/reviews", Map.of("board", board,
                    "reference", "R-" + round, "kind", KINDS[round % KINDS.length], "title", "Review " + round,
                    "commissionedOn", "2020-01-10"), null, null);
            if (!review.ok()) {
                continue;
            }
            String reviewId = id(review, "reviewId");
            if (earlier != null) {
                command("re-referral", instance + 1, "POST", "/api/v1/reviews/" + reviewId + "/re-referrals",
                        Map.of("earlierReviewId", earlier, "referredOn", "2020-02-20", "note", "seen again"),
                        reviewId, null);
            }
            earlier = reviewId;
            if (round % 5 == 4) {
                String agency = AGENCIES[(client + round) % AGENCIES.length];
                command("rename-agency", instance, "PUT", "/api/v1/agencies/" + agency,
                        Map.of("name", "Agency " + agency + " " + run + "-" + client + "-" + round), agency, null);
            }
            for (int number = 1; number <= 2 && goOn.getAsBoolean(); number++) {
                lifecycle(client, instance + number, reviewId, round, number);
            }
        }
    }

    private void lifecycle(int client, int instance, String reviewId, int round, int number) {
        Sent raised = command("raise", instance, "POST", "/api/v1/recommendations", Map.of("reviewId", reviewId,
                "reference", String.valueOf(number), "text", "Ensure each agency escalates concerns",
                "themes", List.of("ESCALATION", number == 1 ? "INFORMATION_SHARING" : "TRAINING"),
                "raisedOn", "2020-02-01", "priority", number == 1 ? "HIGH" : "NORMAL"), null, null);
        if (!raised.ok()) {
            return;
        }
        Walk walk = new Walk(id(raised, "recommendationId"), 1, instance);
        String agency = AGENCIES[(client + round + number) % AGENCIES.length];
        boolean rejectFirst = (round + number) % 3 == 0;
        if (!walk.step("respond", "/response", Map.of("decision", "PARTIALLY_ACCEPTED",
                "reason", "resources limited", "respondedOn", "2020-02-10"))
                || !walk.step("assign", "/assignments", Map.of("agency", agency, "owner", "Head of Safeguarding",
                "dueOn", "2020-06-30", "assignedOn", "2020-02-15"))) {
            return;
        }
        String dueDate = "/assignments/" + agency + "/due-date";
        if ((round + number) % 2 == 0) {
            if (!walk.race(dueDate, Map.of("dueOn", "2020-07-31", "reason", "capacity", "changedOn", "2020-03-01"),
                    Map.of("dueOn", "2020-08-31", "reason", "staffing", "changedOn", "2020-03-01"))) {
                return;
            }
        } else if (!walk.step("change-due-date", dueDate,
                Map.of("dueOn", "2020-07-31", "reason", "capacity", "changedOn", "2020-03-01"))) {
            return;
        }
        if (rejectFirst && !evidenceAndDecision(walk, agency, "2020-03-02", "REJECTED")) {
            return;
        }
        if (!evidenceAndDecision(walk, agency, "2020-03-05", "ACCEPTED")) {
            return;
        }
        if (walk.step("close", "/closure", Map.of("outcome", "IMPLEMENTED", "rationale", "audited",
                "closedOn", "2020-04-01")) && (round + number) % 2 == 1
                && walk.step("reopen", "/reopening", Map.of("reason", "new concern", "reopenedOn", "2020-04-10"))) {
            walk.step("close", "/closure", Map.of("outcome", "WITHDRAWN", "rationale", "merged elsewhere",
                    "closedOn", "2020-04-20"));
        }
    }

    private boolean evidenceAndDecision(Walk walk, String agency, String date, String decision) {
        Sent evidence = walk.send("submit-evidence", "/evidence", Map.of("agency", agency, "summary", "Audit report",
                "link", "https://example.org/audit", "submittedOn", date));
        return evidence != null && walk.step("decide", "/evidence/" + id(evidence, "evidenceId") + "/assurance",
                Map.of("decision", decision, "note", "checked", "decidedOn", date));
    }

    /** One recommendation's commands, each naming the version the client last saw (If-Match). */
    private final class Walk {
        final String id;
        long version;
        int instance;

        Walk(String id, long version, int instance) {
            this.id = id;
            this.version = version;
            this.instance = instance;
        }

        boolean step(String name, String path, Object body) {
            return send(name, path, body) != null;
        }

        Sent send(String name, String path, Object body) {
            instance++;
            Sent sent = command(name, instance, method(path),
                    "/api/v1/recommendations/" + id + path, body, id, version);
            if (!sent.ok()) {
                if (sent.answer().answered()) {
                    unexpected.add(name + " " + sent.answer().status() + " " + sent.answer().body());
                }
                return null;
            }
            version = Long.parseLong(sent.answer().header("ETag").replace("\"", ""));
            return sent;
        }

        /** The same command twice, same If-Match, to two instances at once; the client goes on with the winner. */
        boolean race(String path, Object first, Object second) {
            long ifMatch = version;
            String method = method(path);
            CompletableFuture<Sent> a = CompletableFuture.supplyAsync(() -> command("race-change-due-date",
                    instance + 1, method, "/api/v1/recommendations/" + id + path, first, id, ifMatch));
            CompletableFuture<Sent> b = CompletableFuture.supplyAsync(() -> command("race-change-due-date",
                    instance + 2, method, "/api/v1/recommendations/" + id + path, second, id, ifMatch));
            List<Sent> both = List.of(a.join(), b.join());
            instance += 2;
            List<Sent> winners = both.stream().filter(Sent::ok).toList();
            races.add(new Race(id, ifMatch, winners.size(),
                    both.stream().map(sent -> sent.answer().outcome()).toList().toString()));
            if (winners.isEmpty()) {
                return false;
            }
            version = Long.parseLong(winners.get(0).answer().header("ETag").replace("\"", ""));
            return true;
        }
    }

    private static String method(String path) {
        return path.endsWith("/due-date") ? "PUT" : "POST";
    }

    private String id(Sent sent, String field) {
        return read(sent.answer().body()).get(field).asText();
    }

    private void expect(Sent sent, String what) {
        if (!sent.ok()) {
            throw new IllegalStateException(what + " failed: " + sent.answer().outcome() + " " + sent.answer().body());
        }
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
