package org.safeguarding.tracker.projections.views;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** How many of a key's units took each number of days, with the statistics the views report. */
public final class Histogram {

    private final NavigableMap<Integer, Long> counts = new TreeMap<>();
    private long size;
    private long total;

    public void add(int days, long count) {
        if (count != 0) {
            counts.merge(days, count, Long::sum);
            size += count;
            total += days * count;
        }
    }

    public long size() {
        return size;
    }

    /** The mean, or {@code null} when empty. */
    public Double mean() {
        return size == 0 ? null : (double) total / size;
    }

    /** The percentile as PostgreSQL's {@code percentile_cont}: linear between the two nearest ranks. */
    public Double percentile(double fraction) {
        if (size == 0) {
            return null;
        }
        double position = fraction * (size - 1);
        long lower = (long) Math.floor(position);
        double low = valueAt(lower);
        double high = valueAt(Math.min(lower + 1, size - 1));
        return low + (high - low) * (position - lower);
    }

    /** The value at a 0-based rank in ascending order. */
    private int valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + size);
    }
}
