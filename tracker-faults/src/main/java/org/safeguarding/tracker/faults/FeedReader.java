package org.safeguarding.tracker.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * Tails {@code GET /events} through the whole run, paging by the last position read, over the instances in
 * turn (the next one when an instance does not answer), and keeps every position it was given, in order.
 */
final class FeedReader implements Runnable {

    private final Http http;
    private final int instances;
    private final List<Long> positions = new ArrayList<>();
    private volatile boolean stopping;
    private volatile long target = Long.MAX_VALUE;
    private volatile long last;

    FeedReader(Http http, int instances) {
        this.http = http;
        this.instances = instances;
    }

    @Override
    public void run() {
        int instance = 0;
        while (!(stopping && last >= target)) {
            Answer page = http.get(instance, "/api/v1/events?after=" + last + "&limit=1000");
            if (!page.ok()) {
                instance = (instance + 1) % instances;
                Load.pause(200);
                continue;
            }
            int read = 0;
            for (String line : page.body().split("\n")) {
                int start = line.indexOf("\"position\":");
                if (start < 0) {
                    continue;
                }
                int from = start + "\"position\":".length();
                int to = from;
                while (to < line.length() && Character.isDigit(line.charAt(to))) {
                    to++;
                }
                long position = Long.parseLong(line.substring(from, to));
                synchronized (positions) {
                    positions.add(position);
                }
                last = position;
                read++;
            }
            if (read == 0) {
                Load.pause(200);
            }
            instance = (instance + 1) % instances;
        }
    }

    /** Read on until the feed has given the event at this position, then stop. */
    void stopAt(long position) {
        target = position;
        stopping = true;
    }

    List<Long> positions() {
        synchronized (positions) {
            return new ArrayList<>(positions);
        }
    }

    /** The highest position read yet. */
    long last() {
        return last;
    }
}
