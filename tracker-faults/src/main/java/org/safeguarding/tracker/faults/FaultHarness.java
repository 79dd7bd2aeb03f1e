package org.safeguarding.tracker.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Starts N instances of the service jar on one database (reached through a {@link DatabaseProxy}), drives the
 * {@link Load} over all of them with a {@link FeedReader} tailing the event feed, injects each {@link Fault}
 * once mid-load, then checks the invariants ({@link Invariants}) and writes {@code result.json}.
 */
public final class FaultHarness {

    static final String HOLD_MARKER = "fault-harness-hold";
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    private static final Duration OUTAGE_ANSWER_BOUND = Duration.ofSeconds(5);

    private final Settings settings;
    private final long startNanos = System.nanoTime();
    private final List<Instance> instances = new ArrayList<>();
    private final Http http;
    private final Load load;
    private DatabaseProxy proxy;

    FaultHarness(Settings settings) {
        this.settings = settings;
        this.http = new Http(index -> instances.get(index).port, startNanos, Duration.ofSeconds(30));
        this.load = new Load(http, settings.instances(), Long.toString(System.currentTimeMillis() % 1_000_000, 36));
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Arguments.parse(args);
        Result result = new FaultHarness(settings).run();
        System.exit(result.passed() ? 0 : 1);
    }

    Result run() throws Exception {
        Files.createDirectories(settings.dir());
        JdbcTarget target = JdbcTarget.of(settings.dbUrl());
        proxy = new DatabaseProxy(target.host(), target.port());
        String proxiedUrl = target.through(proxy.port());
        for (int i = 0; i < settings.instances(); i++) {
            instances.add(new Instance(i, settings, proxiedUrl));
        }
        try (Connection db = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            return drive(db);
        } finally {
            for (Instance instance : instances) {
                if (instance.alive()) {
                    instance.stop(Duration.ofSeconds(30));
                }
            }
            proxy.close();
        }
    }

    private Result drive(Connection db) throws Exception {
        // one instance migrates the empty database first; the others start on the migrated schema together
        instances.get(0).start();
        awaitHealthy(instances.get(0));
        for (Instance instance : instances.subList(1, instances.size())) {
            instance.start();
        }
        for (Instance instance : instances) {
            awaitHealthy(instance);
        }
        log("%d instances healthy on ports %s", instances.size(), instances.stream().map(i -> i.port).toList());
        load.registerAgencies();

        FeedReader feed = new FeedReader(http, settings.instances());
        Thread feedThread = new Thread(feed, "feed-reader");
        feedThread.start();
        AtomicBoolean faultsDone = new AtomicBoolean(settings.faults().isEmpty());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            Thread thread = new Thread(() -> load.client(client,
                    () -> load.issued.get() < settings.commands() || !faultsDone.get()), "client-" + c);
            thread.start();
            clients.add(thread);
        }

        List<FaultFigures> faults = new ArrayList<>();
        for (int i = 0; i < settings.faults().size(); i++) {
            int threshold = settings.commands() * (i + 1) / (settings.faults().size() + 1);
            while (load.issued.get() < threshold) {
                Load.pause(100);
            }
            Fault fault = settings.faults().get(i);
            log("injecting %s after %d commands", fault.label, load.issued.get());
            FaultFigures figures = inject(fault, db);
            log("%s: %s", fault.label, figures);
            faults.add(figures);
        }
        faultsDone.set(true);
        for (Thread client : clients) {
            client.join(TimeUnit.MINUTES.toMillis(3));
        }
        log("load done: %d commands sent, %d acknowledged", load.issued.get(), load.ledger.size());

        for (Instance instance : instances) {
            awaitHealthy(instance);
        }
        Invariants invariants = new Invariants(http, load, db, settings.instances(), settings.clients(),
                settings.dir());
        long head = invariants.storeHead();
        feed.stopAt(head);
        feedThread.join(TimeUnit.MINUTES.toMillis(2));
        Result result = invariants.check(feed, faults, now());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(settings.dir().resolve("result.json").toFile(), result);
        print(result);
        return result;
    }

    private FaultFigures inject(Fault fault, Connection db) throws Exception {
        Map<String, Object> notes = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        long started = now();
        long ended;
        switch (fault) {
            case KILL -> {
                // the one holding the most segment claims: the others must take them over
                Instance victim = busiest(db);
                notes.put("instance", victim.index);
                victim.kill();
                ended = now();
                victim.start();
            }
            case TERM -> {
                Instance victim = instances.get(0);
                notes.put("instance", victim.index);
                long pid = victim.pid();
                int exit = victim.stop(Duration.ofSeconds(60));
                ended = now();
                notes.put("stopMillis", ended - started);
                notes.put("exitCode", exit);
                int claims = count(db, "select count(*) from token_entry where owner like '" + pid + "@%'");
                notes.put("segmentClaimsLeftBehind", claims);
                if (claims > 0) {
                    violations.add("the stopped instance left " + claims + " segment claims");
                }
                victim.start();
            }
            case OUTAGE -> {
                proxy.cut();
                List<Thread> probes = new ArrayList<>();
                AtomicBoolean probing = new AtomicBoolean(true);
                for (Instance instance : instances) {
                    Thread probe = new Thread(() -> probeDuringOutage(instance.index, probing), "outage-probe");
                    probe.start();
                    probes.add(probe);
                }
                // the fault is the database staying away this long, whatever the instances do meanwhile
                Thread.sleep(settings.outage().toMillis());
                probing.set(false);
                proxy.reopen();
                ended = now();
                for (Thread probe : probes) {
                    probe.join();
                }
                outageViolations(started, ended, violations, notes);
            }
            case GAP -> {
                ended = holdOneTransaction(db, notes, violations);
            }
            default -> throw new IllegalStateException();
        }
        long recovered = awaitRecovered(violations);
        long from = started;
        Predicate<Answer> inFault = answer -> answer.sentAt() >= from && answer.sentAt() <= ended;
        Predicate<Answer> untilRecovered = answer -> answer.sentAt() >= from && answer.sentAt() <= recovered;
        Map<String, Integer> answers = tally(untilRecovered);
        for (Answer answer : http.seen) {
            if (untilRecovered.test(answer) && answer.status() >= 500 && answer.status() != 503) {
                violations.add(answer.status() + " from " + answer.method() + " " + answer.path());
            }
            if (untilRecovered.test(answer) && answer.status() == 503 && !answer.path().startsWith("/actuator")
                    && !answer.isUnavailableProblem()) {
                violations.add("503 without problem document or Retry-After: " + answer.method() + " " + answer.path());
            }
        }
        if (fault == Fault.TERM && answers.getOrDefault("reset", 0) > 0) {
            violations.add(answers.get("reset") + " connections reset during the graceful stop");
        }
        int acknowledged = (int) load.ledger.stream()
                .filter(ack -> ack.answeredAt() >= from && ack.answeredAt() <= recovered).count();
        return new FaultFigures(fault.label, started, ended, recovered, recovered - ended, acknowledged, answers,
                tally(inFault), http.seen.stream().filter(inFault).mapToLong(Answer::tookMillis).max().orElse(0),
                notes, violations.stream().distinct().limit(50).toList());
    }

    private Instance busiest(Connection db) throws SQLException {
        Instance busiest = instances.get(instances.size() - 1);
        int most = -1;
        for (Instance instance : instances) {
            int claims = count(db, "select count(*) from token_entry where owner like '" + instance.pid() + "@%'");
            if (claims > most) {
                most = claims;
                busiest = instance;
            }
        }
        return busiest;
    }

    /** While the database is away: a command, a view and health on the instance, over and over. */
    private void probeDuringOutage(int instance, AtomicBoolean probing) {
        int n = 0;
        while (probing.get()) {
            http.send(instance, "PUT", "/api/v1/agencies/FH-PROBE", load.write(Map.of("name", "outage probe " + n++)),
                    UUID.randomUUID().toString(), null);
            http.get(instance, "/api/v1/views/themes");
            http.get(instance, "/actuator/health");
            Load.pause(250);
        }
    }

    private void outageViolations(long cut, long reopened, List<String> violations, Map<String, Object> notes) {
        Map<Integer, Boolean> healthDown = new TreeMap<>();
        long unavailable = 0;
        for (Answer answer : http.seen) {
            if (answer.sentAt() < cut || answer.sentAt() > reopened) {
                continue;
            }
            if (answer.tookMillis() > OUTAGE_ANSWER_BOUND.toMillis()) {
                violations.add("answer after " + answer.tookMillis() + " ms during the outage: " + answer.method() + " "
                        + answer.path());
            }
            if (answer.path().startsWith("/actuator/health")) {
                healthDown.merge(answer.instance(), answer.status() == 503, Boolean::logicalOr);
            } else if (answer.answeredAt() <= reopened) {
                if (answer.isUnavailableProblem()) {
                    unavailable++;
                } else {
                    violations.add("during the outage " + answer.method() + " " + answer.path() + " answered "
                            + answer.outcome() + " instead of a 503 problem with Retry-After");
                }
            }
        }
        notes.put("unavailableProblems", unavailable);
        notes.put("healthDownSeen", healthDown);
        healthDown.forEach((instance, down) -> {
            if (!down) {
                violations.add("instance " + instance + " never reported health DOWN during the outage");
            }
        });
    }

    /** A trigger makes the marked command's insert sleep inside its transaction while other commands commit. */
    private long holdOneTransaction(Connection db, Map<String, Object> notes, List<String> violations)
            throws SQLException {
        long seconds = settings.hold().toSeconds();
        try (Statement statement = db.createStatement()) {
            statement.execute("create or replace function fault_harness_hold() returns trigger language plpgsql as $$"
                    + " begin perform pg_sleep(" + seconds + "); return null; end $$");
            statement.execute("create trigger fault_harness_hold after insert on domain_event_entry for each row"
                    + " when (position('" + HOLD_MARKER + "' in convert_from(new.payload, 'UTF8')) > 0)"
                    + " execute function fault_harness_hold()");
        }
        try {
            Load.Sent held = load.command("held-review", 0, "POST", "/api/v1/reviews", Map.of("board", "FH-HOLD",
                    "reference", "HOLD-" + UUID.randomUUID(), "kind", "OTHER", "title", HOLD_MARKER,
                    "commissionedOn", "2020-01-10"), null, null);
            long ended = now();
            if (!held.ok()) {
                violations.add("the held command was not acknowledged: " + held.answer().outcome());
                return ended;
            }
            long position = Long.parseLong(held.answer().header("X-Tracker-Position"));
            notes.put("heldPosition", position);
            notes.put("heldMillis", held.answer().tookMillis());
            notes.put("laterEventsCommittedWhileHeld", count(db, "select count(*) from domain_event_entry where"
                    + " global_index > " + position + " and stored_at < (select stored_at + interval '" + seconds
                    + " seconds' from domain_event_entry where global_index = " + position + ")"));
            return ended;
        } finally {
            try (Statement statement = db.createStatement()) {
                statement.execute("drop trigger if exists fault_harness_hold on domain_event_entry");
                statement.execute("drop function if exists fault_harness_hold()");
            }
        }
    }

    /**
     * Until every instance is healthy, acknowledges a command and has processed it in its lists and views;
     * answers when (ms since the start) that was first true.
     */
    private long awaitRecovered(List<String> violations) {
        long deadline = now() + HEALTHY_WITHIN.toMillis();
        while (now() < deadline) {
            boolean all = true;
            for (Instance instance : instances) {
                all = all && recovered(instance.index);
            }
            if (all) {
                return now();
            }
            Load.pause(250);
        }
        violations.add("not every instance recovered within " + HEALTHY_WITHIN);
        return now();
    }

    private boolean recovered(int instance) {
        if (http.get(instance, "/actuator/health").status() != 200) {
            return false;
        }
        Load.Sent probe = load.command("probe", instance, "PUT", "/api/v1/agencies/FH-PROBE",
                Map.of("name", "probe " + now()), "FH-PROBE", null, UUID.randomUUID().toString(), 1);
        if (!probe.ok()) {
            return false;
        }
        String position = probe.answer().header("X-Tracker-Position");
        return http.get(instance, "/api/v1/agencies?minPosition=" + position).ok()
                && http.get(instance, "/api/v1/views/themes?minPosition=" + position).ok();
    }

    private void awaitHealthy(Instance instance) {
        long deadline = now() + HEALTHY_WITHIN.toMillis();
        while (now() < deadline) {
            if (!instance.alive()) {
                throw new IllegalStateException("instance " + instance.index + " exited; see its log in "
                        + settings.dir());
            }
            if (http.get(instance.index, "/actuator/health").status() == 200) {
                return;
            }
            Load.pause(500);
        }
        throw new IllegalStateException("instance " + instance.index + " not healthy within " + HEALTHY_WITHIN);
    }

    private Map<String, Integer> tally(Predicate<Answer> which) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Answer answer : http.seen) {
            if (which.test(answer)) {
                counts.merge(answer.outcome(), 1, Integer::sum);
            }
        }
        return counts;
    }

    static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private long now() {
        return http.now();
    }

    private void print(Result result) {
        log("commands sent %d, acknowledged %d, lost %d, doubled %d, races %d (double wins %d), gave up %d",
                result.commandsSent(), result.acknowledged(), result.lost(), result.doubled(), result.races(),
                result.raceDoubleWins(), result.gaveUp());
        log("feed: %d positions of %d events, skipped %d, duplicates %d, out of order %d; views compared %d,"
                        + " recommendations compared %d", result.feedPositions(), result.eventsInStore(),
                result.feedSkipped(), result.feedDuplicates(), result.feedOutOfOrder(), result.viewsCompared(),
                result.recommendationsCompared());
        for (FaultFigures fault : result.faults()) {
            log("%-6s acknowledged %d, recovered in %d ms, answers during the fault %s, until recovered %s, slowest %d ms,"
                            + " %s%s", fault.fault(), fault.acknowledged(), fault.recoverMillis(), fault.duringFault(),
                    fault.answers(), fault.slowestAnswerDuringFaultMillis(), fault.notes(),
                    fault.violations().isEmpty() ? "" : " VIOLATIONS " + fault.violations());
        }
        log("refusals %s", result.refusals());
        log("failures without an answer %s", result.ioFailures());
        log(result.passed() ? "every invariant held" : "INVARIANTS BROKEN: " + result.violations());
    }

    static void log(String format, Object... args) {
        System.out.println("[fault-harness] " + String.format(format, args));
    }

    /** The harness's own database target, and the same URL pointed at the proxy. */
    record JdbcTarget(String host, int port, String rest) {
        static JdbcTarget of(String url) {
            String prefix = "jdbc:postgresql://";
            if (!url.startsWith(prefix)) {
                throw new IllegalArgumentException("not a jdbc:postgresql:// URL: " + url);
            }
            String afterPrefix = url.substring(prefix.length());
            int slash = afterPrefix.indexOf('/');
            String hostPort = slash < 0 ? afterPrefix : afterPrefix.substring(0, slash);
            String rest = slash < 0 ? "/" : afterPrefix.substring(slash);
            int colon = hostPort.lastIndexOf(':');
            return colon < 0 ? new JdbcTarget(hostPort, 5432, rest)
                    : new JdbcTarget(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)), rest);
        }

        String through(int proxyPort) {
            return "jdbc:postgresql://127.0.0.1:" + proxyPort + rest;
        }
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Path path(String value) {
        return Path.of(value).toAbsolutePath();
    }
}
