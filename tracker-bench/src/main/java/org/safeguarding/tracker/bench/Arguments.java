package org.safeguarding.tracker.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.tracker.faults.ScratchDatabase;

/**
 * The command line of {@link Benchmark#main}. Without {@code --db-url} the benchmark creates its own database on
 * the server {@code TRACKER_TEST_DB_URL} names (user and password from {@code TRACKER_TEST_DB_USER} and
 * {@code TRACKER_TEST_DB_PASSWORD}) and drops it at the end, as the tests do.
 */
final class Arguments {

    static final String USAGE = """
            benchmark: --jar tracker-api/target/tracker-api-<version>.jar [--quick] [--dir target/bench]
              [--seconds 20 (each level)] [--events N (load up to N events before the rebuild)] [--heap 512m]
              [--service-arg --some.key=value]...
              [--db-url jdbc:postgresql://host:port/db --db-user U --db-password P]""";

    private Arguments() {
    }

    static Settings parse(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>();
        List<String> serviceArguments = new ArrayList<>();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(USAGE);
            } else if (args[i].equals("--service-arg")) {
                serviceArguments.add(args[++i]);
            } else {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        ScratchDatabase.Choice database = ScratchDatabase.Choice.of(options, "tracker_bench", USAGE);
        String url = database.url();
        String user = database.user();
        String password = database.password();
        String jar = options.get("jar");
        if (jar == null) {
            throw new IllegalArgumentException("--jar is required\n" + USAGE);
        }
        Settings defaults = Settings.of(Path.of(jar).toAbsolutePath(),
                Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath(), url, user, password, quick);
        return defaults.with(
                options.containsKey("seconds") ? Duration.ofSeconds(Long.parseLong(options.get("seconds")))
                        : defaults.level(),
                Integer.parseInt(options.getOrDefault("events", String.valueOf(defaults.topUpEvents()))),
                options.getOrDefault("heap", defaults.heap()), serviceArguments);
    }
}
