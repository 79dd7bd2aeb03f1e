package org.safeguarding.tracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The command path and replay benchmark (issue 11), one run on a fresh database and the packaged jar, durability
 * on. It prints a table and writes {@code result.json} in its directory, one flat object whose keys are:
 * <ul>
 * <li>{@code machine.*}: cores, memory_mb, cpu, load_average_start / _load (during the command path) / _end;
 * {@code postgres.version}, {@code postgres.synchronous_commit}, {@code postgres.fsync};
 * {@code settings.*}: mode, level_s, warm_up_s, heap, bcrypt_log_rounds;</li>
 * <li>{@code raw.c<N>.*}: the raw JDBC baseline at concurrency N (1, 8, 32): tps, p50_ms, p99_ms, p999_ms, count,
 * errors;</li>
 * <li>{@code commands.create.c<N>.*}, {@code commands.followup.c<N>.*}: the same for creations and for
 * follow-up commands over HTTP; {@code ratio.c<N>} = creations / raw, {@code ratio.followup.c<N>} likewise;</li>
 * <li>{@code lag.*}: target_per_s (half the peak creation rate), achieved_per_s, samples, p50_ms, p99_ms, max_ms;</li>
 * <li>{@code jvm.cpu_ms_per_command} (the service's user+system CPU over the command-path levels divided by the
 * commands acknowledged, the projections' work in that window included), {@code client.cpu_ms_per_command} (the
 * benchmark's own, on the same cores), {@code rss.idle_mb}, {@code rss.load_mb} (highest sampled),
 * {@code startup_s} (process start to /actuator/health 200);</li>
 * <li>{@code rebuild.*}: events, seconds (the service's own start and end times), wall_s, events_per_s;</li>
 * <li>{@code views.recommendations}, and {@code views.<view>.board.*} and {@code views.<view>.all.*}: p50_ms and
 * p99_ms of each view (time-to-implementation as {@code time-to-implementation.<groupBy>}) for one of the five
 * boards and for all, at the size the run loaded, after the rebuild;</li>
 * <li>{@code commands.create_default_bcrypt.c8.*}: creations from 8 clients on a second start of the service
 * whose user has the default BCrypt cost (10) instead of the lowered one (settings.bcrypt_log_rounds).</li>
 * </ul>
 */
public final class Benchmark {

    private static final Duration VIEWS_CATCH_UP = Duration.ofMinutes(10);

    /** tracker.security.basic-password-log-rounds when not set (application.yml). */
    private static final int DEFAULT_LOG_ROUNDS = 10;

    private final Settings settings;
    private final Map<String, Object> result = new TreeMap<>();

    Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Benchmark(settings).run();
    }

    Map<String, Object> run() throws Exception {
        Files.createDirectories(settings.dir());
        machine();
        log("mode %s, %s per level, durability on", settings.quick() ? "quick" : "full", settings.level());
        Service service = new Service(settings, "service");
        try {
            service.start();
            Client client = new Client(service.port);
            result.put("startup_s", Timed.round(service.awaitHealthy(client, Duration.ofMinutes(3))));
            // idle resident memory once start-up's own allocations have settled, before any load
            Timed.pause(2_000);
            result.put("rss.idle_mb", Timed.round(service.rssMb()));
            log("raw baseline, the service idle");
            RawBaseline raw = new RawBaseline(settings);
            raw.createTable();
            for (int clients : settings.concurrency()) {
                raw.run(clients, settings.level()).into(result, "raw.c" + clients);
            }
            commandPath(service, client);
            rebuild(client);
            log("view latency at %d recommendations, %d requests per view and scope", recommendations(),
                    settings.viewRequests());
            result.put("views.recommendations", recommendations());
            new Views(client).measure(settings.viewRequests(), result);
        } finally {
            service.stop();
        }
        defaultPasswordCost();
        result.put("machine.load_average_end", loadAverage());
        Path file = settings.dir().resolve("result.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);
        print();
        log("written to %s", file);
        return result;
    }

    private void commandPath(Service service, Client client) throws Exception {
        CommandPath path = new CommandPath(client);
        path.registerAgency();
        int most = settings.concurrency().get(settings.concurrency().size() - 1);
        log("warming up: creations from %d clients for %s", most, settings.warmUp());
        path.creations(most, settings.warmUp());

        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicReference<Double> highest = new AtomicReference<>(0.0);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                highest.accumulateAndGet(service.rssMb(), Math::max);
                Timed.pause(200);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long serviceCpu = service.cpuMillis();
        long ownCpu = Service.cpuMillis(ProcessHandle.current().pid());
        long commands = 0;
        double peak = 0;
        for (int clients : settings.concurrency()) {
            Timed.Figures created = path.creations(clients, settings.level());
            created.into(result, "commands.create.c" + clients);
            result.put("ratio.c" + clients, ratio(created, "raw.c" + clients));
            commands += created.ok();
            peak = Math.max(peak, created.perSecond());
        }
        for (int clients : settings.concurrency()) {
            Timed.Figures followed = path.followUps(clients, settings.level());
            followed.into(result, "commands.followup.c" + clients);
            result.put("ratio.followup.c" + clients, ratio(followed, "raw.c" + clients));
            commands += followed.ok();
        }
        result.put("jvm.cpu_ms_per_command", Timed.round((service.cpuMillis() - serviceCpu) / (double) commands));
        result.put("client.cpu_ms_per_command",
                Timed.round((Service.cpuMillis(ProcessHandle.current().pid()) - ownCpu) / (double) commands));
        result.put("machine.load_average_load", loadAverage());
        sampling.set(false);
        sampler.join();
        result.put("rss.load_mb", Timed.round(highest.get()));

        log("projection lag at half the peak creation rate (%.0f/s) for %s", peak / 2, settings.lag());
        CommandPath.Lag lag = path.lag(peak / 2, settings.lag());
        result.put("lag.target_per_s", Timed.round(lag.targetPerSecond()));
        result.put("lag.achieved_per_s", Timed.round(lag.achievedPerSecond()));
        result.put("lag.samples", lag.latency().getTotalCount());
        result.put("lag.p50_ms", Timed.round(lag.latency().getValueAtPercentile(50) / 1e3));
        result.put("lag.p99_ms", Timed.round(lag.latency().getValueAtPercentile(99) / 1e3));
        result.put("lag.max_ms", Timed.round(lag.latency().getMaxValue() / 1e3));

        long events = events();
        while (events < settings.topUpEvents()) {
            log("loading more events through the API: %d of %d", events, settings.topUpEvents());
            path.creations(most, Duration.ofSeconds(2));
            events = events();
        }
    }

    /** The commands' rate over the raw baseline's at the same concurrency, three decimals. */
    private double ratio(Timed.Figures commands, String raw) {
        return Math.round(commands.perSecond() / (double) result.get(raw + ".tps") * 1000) / 1000.0;
    }

    /**
     * Creations from 8 clients again, on a service whose Basic user has the default BCrypt cost: what signing in on
     * every request costs when the cost is not lowered.
     */
    private void defaultPasswordCost() throws Exception {
        Service service = new Service(settings.withLogRounds(DEFAULT_LOG_ROUNDS), "service-default-bcrypt");
        try {
            service.start();
            Client client = new Client(service.port);
            service.awaitHealthy(client, Duration.ofMinutes(3));
            log("creations from 8 clients with BCrypt cost %d for %s", DEFAULT_LOG_ROUNDS, settings.level());
            Timed.Figures created = new CommandPath(client).creations(8, settings.level());
            created.into(result, "commands.create_default_bcrypt.c8");
        } finally {
            service.stop();
        }
    }

    private void rebuild(Client client) throws Exception {
        long events = events();
        long head = head();
        log("waiting for the views to catch up with %d, then rebuilding every view from %d events", head, events);
        long caughtUpBy = System.nanoTime() + VIEWS_CATCH_UP.toNanos();
        while (client.get("/api/v1/views/themes?minPosition=" + head).status() != 200) {
            if (System.nanoTime() > caughtUpBy) {
                throw new IllegalStateException("the views did not reach position " + head + " within "
                        + VIEWS_CATCH_UP);
            }
            Timed.pause(100);
        }
        ObjectMapper json = new ObjectMapper();
        Client.Answer started = client.command("POST", "/api/v1/views/rebuild", Map.of(), null);
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild not started: " + started.status() + " " + started.body());
        }
        long start = System.nanoTime();
        JsonNode state;
        do {
            Timed.pause(100);
            state = json.readTree(client.get("/api/v1/views/rebuild").body());
        } while (!state.path("building").isNull() || state.path("rebuildEnded").isNull());
        double wall = (System.nanoTime() - start) / 1e9;
        double seconds = Duration.between(Instant.parse(state.get("rebuildStarted").asText()),
                Instant.parse(state.get("rebuildEnded").asText())).toMillis() / 1e3;
        result.put("rebuild.events", events);
        result.put("rebuild.seconds", Timed.round(seconds));
        result.put("rebuild.wall_s", Timed.round(wall));
        result.put("rebuild.events_per_s", Timed.round(events / Math.max(seconds, 0.001)));
    }

    private long events() throws SQLException {
        return longQuery("select count(*) from domain_event_entry");
    }

    private long recommendations() throws SQLException {
        return longQuery("select count(*) from domain_event_entry where payload_type like '%.RecommendationRaised'");
    }

    private long head() throws SQLException {
        return longQuery("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    private long longQuery(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void machine() throws SQLException, IOException {
        result.put("machine.cores", Runtime.getRuntime().availableProcessors());
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                result.put("machine.memory_mb", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                result.put("machine.cpu", line.substring(line.indexOf(':') + 1).trim());
                break;
            }
        }
        result.put("machine.load_average_start", loadAverage());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"server_version", "synchronous_commit", "fsync"}) {
                try (ResultSet rows = statement.executeQuery("show " + setting)) {
                    rows.next();
                    String key = setting.equals("server_version") ? "version" : setting;
                    result.put("postgres." + key, rows.getString(1));
                }
            }
        }
        result.put("settings.mode", settings.quick() ? "quick" : "full");
        result.put("settings.level_s", settings.level().toSeconds());
        result.put("settings.warm_up_s", settings.warmUp().toSeconds());
        result.put("settings.heap", settings.heap());
        result.put("settings.bcrypt_log_rounds", settings.logRounds());
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    private void print() {
        System.out.printf("%nmachine: %s cores, %s MiB, %s; PostgreSQL %s, synchronous_commit=%s, fsync=%s%n",
                result.get("machine.cores"), result.get("machine.memory_mb"), result.get("machine.cpu"),
                result.get("postgres.version"), result.get("postgres.synchronous_commit"),
                result.get("postgres.fsync"));
        System.out.printf("load average: start %s, during the command path %s, end %s%n",
                result.get("machine.load_average_start"), result.get("machine.load_average_load"),
                result.get("machine.load_average_end"));
        System.out.printf("BCrypt cost lowered to %s for the benchmark's Basic user: every request signs in, and this"
                + " measures the command path, not password hashing%n", settings.logRounds());
        System.out.printf("%n%-26s %9s %9s %9s %9s %7s%n", "per level (" + settings.level().toSeconds() + " s)",
                "tps", "p50 ms", "p99 ms", "p99.9 ms", "ratio");
        for (String kind : new String[] {"raw", "commands.create", "commands.followup"}) {
            for (int clients : settings.concurrency()) {
                String prefix = kind + ".c" + clients;
                Object ratio = kind.equals("raw") ? null
                        : result.get((kind.equals("commands.create") ? "ratio.c" : "ratio.followup.c") + clients);
                System.out.printf("%-26s %9s %9s %9s %9s %7s%n", prefix, result.get(prefix + ".tps"),
                        result.get(prefix + ".p50_ms"), result.get(prefix + ".p99_ms"),
                        result.get(prefix + ".p999_ms"), ratio == null ? "" : ratio);
            }
        }
        System.out.println();
        for (String key : new String[] {"lag.target_per_s", "lag.achieved_per_s", "lag.p50_ms", "lag.p99_ms",
                "jvm.cpu_ms_per_command", "client.cpu_ms_per_command", "rss.idle_mb", "rss.load_mb", "startup_s",
                "rebuild.events", "rebuild.seconds", "rebuild.events_per_s", "views.recommendations",
                "commands.create_default_bcrypt.c8.tps", "commands.create_default_bcrypt.c8.p99_ms"}) {
            System.out.printf("%-26s %s%n", key, result.get(key));
        }
        System.out.printf("%n%-40s %9s %9s %9s %9s%n", "view (p50 / p99 ms)", "board p50", "board p99", "all p50",
                "all p99");
        for (String view : Views.VIEWS) {
            String key = "views." + view.replace("?groupBy=", ".");
            System.out.printf("%-40s %9s %9s %9s %9s%n", view, result.get(key + ".board.p50_ms"),
                    result.get(key + ".board.p99_ms"), result.get(key + ".all.p50_ms"),
                    result.get(key + ".all.p99_ms"));
        }
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
