package org.safeguarding.tracker.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One instance of the service jar, a separate OS process on its own loopback port, its log in a file. */
final class Instance {

    final int index;
    final int port;
    private final Settings settings;
    private final String dbUrl;
    private Process process;
    private int starts;

    Instance(int index, Settings settings, String dbUrl) {
        this.index = index;
        this.port = Ports.free();
        this.settings = settings;
        this.dbUrl = dbUrl;
    }

    synchronized void start() throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-jar", settings.jar().toString(),
                "--server.port=" + port,
                "--tracker.db.url=" + dbUrl,
                "--logging.file.name=" + log()));
        command.addAll(settings.serviceArguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        settings.dir().resolve("instance-" + index + ".out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("TRACKER_DB_USER", settings.dbUser());
        env.put("TRACKER_DB_PASSWORD", settings.dbPassword());
        env.put("TRACKER_SECURITY_BASIC_USERS", Http.USER + ":" + Http.PASSWORD + ":BOARD");
        // the harness signs in on every request: the default BCrypt cost would be most of the load's CPU
        env.put("TRACKER_SECURITY_BASIC_PASSWORD_LOG_ROUNDS", "4");
        env.put("TRACKER_DATA_DIR", settings.dir().resolve("data-" + index).toString());
        process = builder.start();
    }

    private File log() {
        return settings.dir().resolve("instance-" + index + ".log").toFile();
    }

    /** kill -9: no shutdown hook, no answer finished, no claim released. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the service stops gracefully; answers how long it took and its exit code. */
    synchronized int stop(Duration atMost) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            return -1;
        }
        return process.exitValue();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int starts() {
        return starts;
    }
}
