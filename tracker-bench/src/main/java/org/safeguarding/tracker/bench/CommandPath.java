package org.safeguarding.tracker.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * The command path over HTTP: creations on reviews registered beforehand (one per client, so clients never
 * contend for an aggregate), follow-up commands (assign, evidence, assurance, closure) on recommendations
 * created earlier, and the lag from a creation's answer until the recommendation list has processed it.
 */
final class CommandPath {

    static final String AGENCY = "BENCH-A";
    /** Reviews are spread over this many boards, so "one board" is a fifth of the data. */
    static final int BOARDS = 5;

    private final Client client;
    private final AtomicInteger reviews = new AtomicInteger();
    /** Review references are unique per board: each CommandPath on one database makes its own. */
    private final String run = Long.toString(System.nanoTime(), 36);
    /** Recommendations created and not yet walked by the follow-ups. */
    private final Queue<Created> unused = new ConcurrentLinkedQueue<>();

    private record Created(String id, long version) {
    }

    CommandPath(Client client) {
        this.client = client;
    }

    void registerAgency() {
        client.field(client.command("PUT", "/api/v1/agencies/" + AGENCY, Map.of("name", "Benchmark agency"), null),
                "code");
    }

    /** A review of the benchmark's board, for one client's creations. */
    String review() {
        int n = reviews.incrementAndGet();
        return client.field(client.command("POST", "/api/v1/reviews", Map.of("board", board(n % BOARDS),
                "reference", run + "-" + n, "kind", "SCR", "title", "Benchmark review " + n,
                "commissionedOn", "2020-01-10"), null), "reviewId");
    }

    static String board(int n) {
        return "BENCH-" + (n + 1);
    }

    Timed.Figures creations(int clients, Duration duration) throws Exception {
        return Timed.run(clients, duration, thread -> {
            Creator creator = new Creator(review());
            return () -> creator.create().ok();
        });
    }

    Timed.Figures followUps(int clients, Duration duration) throws Exception {
        return Timed.run(clients, duration, thread -> new FollowUp());
    }

    /** One client's recommendations on its own review, with references 1, 2, 3... */
    private final class Creator {
        final String reviewId;
        int reference;

        Creator(String reviewId) {
            this.reviewId = reviewId;
        }

        Client.Answer create() {
            Client.Answer answer = client.command("POST", "/api/v1/recommendations", Map.of("reviewId", reviewId,
                    "reference", String.valueOf(++reference), "text", "Ensure each agency escalates concerns",
                    "themes", List.of("ESCALATION", "INFORMATION_SHARING"), "raisedOn", "2020-02-01",
                    "priority", "HIGH"), null);
            if (answer.ok()) {
                unused.add(new Created(client.field(answer, "recommendationId"), answer.version()));
            }
            return answer;
        }
    }

    /** One client's walk: assign, evidence, assurance, closure, then the next unused recommendation. */
    private final class FollowUp implements Timed.Operation {
        private Creator spare;
        private String id;
        private long version;
        private int step = 4;
        private String evidenceId;

        @Override
        public Boolean once() {
            if (step == 4) {
                next();
                return null;
            }
            String path = "/api/v1/recommendations/" + id;
            Client.Answer answer = switch (step) {
                case 0 -> client.command("POST", path + "/assignments", Map.of("agency", AGENCY,
                        "owner", "Head of Safeguarding", "dueOn", "2020-06-30", "assignedOn", "2020-02-15"), version);
                case 1 -> client.command("POST", path + "/evidence", Map.of("agency", AGENCY,
                        "summary", "Audit report", "link", "https://example.org/audit", "submittedOn", "2020-03-05"),
                        version);
                case 2 -> client.command("POST", path + "/evidence/" + evidenceId + "/assurance",
                        Map.of("decision", "ACCEPTED", "note", "checked", "decidedOn", "2020-03-05"), version);
                default -> client.command("POST", path + "/closure", Map.of("outcome", "IMPLEMENTED",
                        "rationale", "audited", "closedOn", "2020-04-01"), version);
            };
            if (!answer.ok()) {
                step = 4;
                return false;
            }
            if (step == 1) {
                evidenceId = client.field(answer, "evidenceId");
            }
            version = answer.version();
            step++;
            return true;
        }

        /** The next recommendation created earlier, or one made now when none is left (not counted). */
        private void next() {
            Created created = unused.poll();
            if (created == null) {
                if (spare == null) {
                    spare = new Creator(review());
                }
                spare.create();
                created = unused.poll();
            }
            if (created != null) {
                id = created.id();
                version = created.version();
                step = 0;
            }
        }
    }

    /**
     * Creations paced at {@code perSecond} from 16 clients; after each answer a probe asks the recommendation
     * list for that review with {@code ?minPosition=<the answer's position>} until it answers 200. The lag is from
     * the command's answer to the probe's 200, so it includes one list request: an upper bound.
     */
    Lag lag(double perSecond, Duration duration) throws Exception {
        int clients = 16;
        long interval = (long) (clients * 1e9 / perSecond);
        Histogram lag = Timed.histogram();
        ExecutorService probes = Executors.newCachedThreadPool();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            for (int i = 0; i < clients; i++) {
                long offset = i * interval / clients;
                senders.submit(() -> {
                    Creator creator = new Creator(review());
                    long next = System.nanoTime() + offset;
                    while (next < end) {
                        LockSupport.parkNanos(next - System.nanoTime());
                        next += interval;
                        Client.Answer answer = creator.create();
                        long acknowledged = System.nanoTime();
                        if (!answer.ok()) {
                            continue;
                        }
                        sent.incrementAndGet();
                        String probe = "/api/v1/recommendations?size=1&reviewId=" + creator.reviewId
                                + "&minPosition=" + answer.position();
                        probes.submit(() -> {
                            // each request waits on the server; a 503 comes only after it gave up
                            while (client.get(probe).status() != 200) {
                                if (Thread.currentThread().isInterrupted()) {
                                    return;
                                }
                                Timed.pause(5);
                            }
                            long micros = (System.nanoTime() - acknowledged) / 1_000;
                            synchronized (lag) {
                                lag.recordValue(micros);
                            }
                        });
                    }
                    return null;
                });
            }
            senders.shutdown();
            senders.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
            probes.shutdown();
            probes.awaitTermination(60, TimeUnit.SECONDS);
        } finally {
            senders.shutdownNow();
            probes.shutdownNow();
        }
        return new Lag(perSecond, sent.get() / ((System.nanoTime() - start) / 1e9), lag);
    }

    record Lag(double targetPerSecond, double achievedPerSecond, Histogram latency) {
    }
}
