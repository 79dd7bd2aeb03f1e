package org.safeguarding.tracker.api.generator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.safeguarding.tracker.api.TrackerApplication;
import org.safeguarding.tracker.api.command.AggregateKind;
import org.safeguarding.tracker.api.command.CommandDispatcher;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.safeguarding.tracker.api.command.ExpectedVersion;
import org.safeguarding.tracker.api.security.AccessGrant;
import org.safeguarding.tracker.api.security.Role;
import org.safeguarding.tracker.domain.agency.RegisterAgency;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.recommendation.RaiseRecommendation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Loads a synthetic data set through the real command path (the same dispatcher, rules, registries and
 * events as the API), for benchmarks and demos. A test-scoped tool, not part of the service's jar: its
 * {@link #main} starts the service with the loader and stops once the data set is stored
 * (bench/run-views-benchmark.sh runs it).
 */
public class SyntheticDataLoader implements ApplicationRunner {

    static final String ACTOR = "synthetic-data-loader";
    private static final Logger log = LoggerFactory.getLogger(SyntheticDataLoader.class);

    private final CommandDispatcher dispatcher;
    private final Clock clock;
    private final int recommendations;
    private final int boards;
    private final long seed;
    private final int threads;

    public SyntheticDataLoader(CommandDispatcher dispatcher, Clock clock,
                               @Value("${tracker.generate.recommendations}") int recommendations,
                               @Value("${tracker.generate.boards:5}") int boards,
                               @Value("${tracker.generate.seed:42}") long seed,
                               @Value("${tracker.generate.threads:4}") int threads) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.recommendations = recommendations;
        this.boards = boards;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * {@code --tracker.generate.recommendations=N} (required), {@code --tracker.generate.boards} (5),
     * {@code .seed} (42), {@code .threads} (4), and any of the service's own settings.
     */
    public static void main(String[] args) {
        // as TrackerApplication.main: Axon's update checker calls out and writes under the home folder
        System.setProperty("axoniq.update-checker.disabled", "true");
        int status = 1; // Spring Boot logs a failed start or load itself
        try {
            ConfigurableApplicationContext context =
                    new SpringApplicationBuilder(TrackerApplication.class, SyntheticDataLoader.class).run(args);
            status = SpringApplication.exit(context, () -> 0);
        } finally {
            System.exit(status); // Axon's processor threads would keep the JVM alive
        }
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long started = System.nanoTime();
        AtomicLong commands = new AtomicLong();
        String prefix = "S" + seed + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        List<SyntheticBoards.ReviewHistory> reviews = new SyntheticBoards(seed, clock)
                .reviews(recommendations, boards, prefix);
        MDC.put(CommandMetadata.CORRELATION_ID, "synthetic-" + prefix);
        signIn();
        for (AgencyCode agency : SyntheticBoards.AGENCIES) {
            dispatcher.create(AggregateKind.Agency, agency.value(), new RegisterAgency(agency, "Agency " + agency));
        }
        parallel(reviews.stream().map(review -> (Runnable) () -> {
            dispatcher.create(AggregateKind.Review, review.review().reviewId().toString(), review.review());
            commands.incrementAndGet();
        }).toList());
        parallel(reviews.stream().filter(review -> review.reReferral() != null).map(review -> (Runnable) () -> {
            dispatcher.update(AggregateKind.Review, review.review().reviewId().toString(), review.reReferral(),
                    ExpectedVersion.ANY);
            commands.incrementAndGet();
        }).toList());
        parallel(reviews.stream().flatMap(review -> review.recommendations().stream()).map(life -> (Runnable) () -> {
            for (Object command : life) {
                send(command);
                commands.incrementAndGet();
            }
        }).toList());
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("loaded {} recommendations in {} reviews of {} boards: {} commands in {} s ({} commands/s)",
                recommendations, reviews.size(), boards, commands.get(), Math.round(seconds),
                Math.round(commands.get() / seconds));
    }

    /** The loader's events name it as their actor, a board user, as if its commands had come over the API. */
    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, new AccessGrant(Role.BOARD, null).authorities()));
    }

    private void send(Object command) {
        if (command instanceof RaiseRecommendation raise) {
            dispatcher.create(AggregateKind.Recommendation, raise.recommendationId().toString(), raise);
        } else {
            String id = recommendationIdOf(command);
            dispatcher.update(AggregateKind.Recommendation, id, command, ExpectedVersion.ANY);
        }
    }

    private static String recommendationIdOf(Object command) {
        try {
            return command.getClass().getMethod("recommendationId").invoke(command).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a recommendation command: " + command, e);
        }
    }

    private void parallel(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            String correlationId = MDC.get(CommandMetadata.CORRELATION_ID);
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(() -> {
                    MDC.put(CommandMetadata.CORRELATION_ID, correlationId);
                    signIn();
                    task.run();
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
