package org.safeguarding.tracker.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/** Closed-loop load: N threads, each doing one operation after another for a fixed time, every latency recorded. */
final class Timed {

    /**
     * One operation: TRUE when it succeeded, FALSE when it failed, null when it was preparation not to be counted
     * (its time is then not recorded). Each thread has its own, so it may keep state.
     */
    interface Operation {
        Boolean once() throws Exception;
    }

    /** What one level measured: successful operations, failed ones, the wall time, and the successes' latencies. */
    record Figures(long ok, long failed, double seconds, Histogram latency) {
        double perSecond() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(percentile) / 1e3;
        }

        /** Under a prefix such as raw.c8: tps, p50_ms, p99_ms, p999_ms, count, errors. */
        void into(Map<String, Object> result, String prefix) {
            result.put(prefix + ".tps", round(perSecond()));
            result.put(prefix + ".p50_ms", round(millis(50)));
            result.put(prefix + ".p99_ms", round(millis(99)));
            result.put(prefix + ".p999_ms", round(millis(99.9)));
            result.put(prefix + ".count", ok);
            result.put(prefix + ".errors", failed);
        }
    }

    private Timed() {
    }

    static Figures run(int threads, Duration duration, IntFunction<Operation> operations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Operation> each = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                each.add(operations.apply(i));
            }
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Figures>> futures = new ArrayList<>();
            for (Operation operation : each) {
                futures.add(pool.submit(() -> loop(operation, end)));
            }
            Histogram latency = histogram();
            long ok = 0;
            long failed = 0;
            for (Future<Figures> future : futures) {
                Figures one = future.get();
                latency.add(one.latency());
                ok += one.ok();
                failed += one.failed();
            }
            return new Figures(ok, failed, (System.nanoTime() - start) / 1e9, latency);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Figures loop(Operation operation, long end) throws Exception {
        Histogram latency = histogram();
        long ok = 0;
        long failed = 0;
        while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            Boolean outcome = operation.once();
            if (Boolean.TRUE.equals(outcome)) {
                latency.recordValue((System.nanoTime() - sent) / 1_000);
                ok++;
            } else if (outcome != null) {
                failed++;
            }
        }
        return new Figures(ok, failed, 0, latency);
    }

    /** Microseconds, three significant digits, any range. */
    static Histogram histogram() {
        return new Histogram(3);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
