package org.safeguarding.tracker.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.HdrHistogram.Histogram;

/**
 * Every view's latency at the size the run has loaded, for one board and for all boards, one request at a time,
 * each for a random business date between 2012 and today (as bench/view_latency.py asks).
 */
final class Views {

    static final List<String> VIEWS = List.of("outstanding-by-agency", "outstanding-actions",
            "time-to-implementation?groupBy=agency", "time-to-implementation?groupBy=theme",
            "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board", "re-referrals",
            "exceptions", "themes");

    private final Client client;

    Views(Client client) {
        this.client = client;
    }

    /** Under views.&lt;view&gt;.board and views.&lt;view&gt;.all: p50_ms, p99_ms. */
    void measure(int requests, Map<String, Object> result) {
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2012, 1, 1);
        int span = (int) (LocalDate.now().toEpochDay() - first.toEpochDay());
        for (String view : VIEWS) {
            for (String scope : List.of("board", "all")) {
                Histogram latency = Timed.histogram();
                for (int i = 0; i < requests; i++) {
                    String board = CommandPath.board(random.nextInt(CommandPath.BOARDS));
                    String query = "on=" + first.plusDays(random.nextInt(span))
                            + (scope.equals("board") ? "&board=" + board : "");
                    String path = "/api/v1/views/" + view + (view.contains("?") ? "&" : "?") + query;
                    long sent = System.nanoTime();
                    Client.Answer answer = client.get(path);
                    if (!answer.ok()) {
                        throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
                    }
                    latency.recordValue((System.nanoTime() - sent) / 1_000);
                }
                String key = "views." + view.replace("?groupBy=", ".") + "." + scope;
                result.put(key + ".p50_ms", Timed.round(latency.getValueAtPercentile(50) / 1e3));
                result.put(key + ".p99_ms", Timed.round(latency.getValueAtPercentile(99) / 1e3));
            }
        }
    }
}
