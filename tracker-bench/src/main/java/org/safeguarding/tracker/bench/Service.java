package org.safeguarding.tracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.safeguarding.tracker.faults.Ports;

/** The packaged service jar as a separate OS process on a loopback port, and what /proc says about it. */
final class Service {

    /** Linux's USER_HZ: the unit of utime and stime in /proc/[pid]/stat on every architecture it runs on. */
    private static final int TICKS_PER_SECOND = 100;

    final int port = Ports.free();
    private final Settings settings;
    private final String name;
    private Process process;
    private long startedNanos;

    /** {@code name}: of its log files in the benchmark's directory. */
    Service(Settings settings, String name) {
        this.settings = settings;
        this.name = name;
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-jar", settings.jar().toString(),
                "--server.port=" + port,
                "--tracker.db.url=" + settings.dbUrl(),
                "--spring.datasource.username=" + settings.dbUser(),
                "--spring.datasource.password=" + settings.dbPassword(),
                "--tracker.security.basic-password-log-rounds=" + settings.logRounds(),
                "--logging.file.name=" + settings.dir().resolve(name + ".log")));
        command.addAll(settings.serviceArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.dir().resolve(name + ".out").toFile());
        Map<String, String> env = builder.environment();
        env.put("TRACKER_DB_USER", settings.dbUser());
        env.put("TRACKER_DB_PASSWORD", settings.dbPassword());
        env.put("TRACKER_SECURITY_BASIC_USERS", Client.USER + ":" + Client.PASSWORD + ":BOARD");
        env.put("TRACKER_DATA_DIR", settings.dir().resolve("data").toString());
        startedNanos = System.nanoTime();
        process = builder.start();
    }

    /** Seconds from the process start until /actuator/health answers 200. */
    double awaitHealthy(Client client, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see "
                        + settings.dir().resolve(name + ".out"));
            }
            if (client.get("/actuator/health").status() == 200) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            Timed.pause(50);
        }
        throw new IllegalStateException("the service was not healthy within " + atMost);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** User plus system CPU the service's JVM has used so far, in milliseconds. */
    long cpuMillis() {
        return cpuMillis(process.pid());
    }

    static long cpuMillis(long pid) {
        String stat = read(Path.of("/proc/" + pid + "/stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Resident memory now, MiB. */
    double rssMb() {
        for (String line : read(Path.of("/proc/" + process.pid() + "/status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
