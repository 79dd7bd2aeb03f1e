package org.safeguarding.tracker.projections.progress;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far a processor has got, read from the token table rather than from this instance's threads, so the
 * answer holds whichever instance owns the segments.
 */
@Component
public class ProjectionProgress {

    private static final long POLL_MILLIS = 20;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProjectionProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Whether every segment of the processor has handled the event at {@code position}. */
    public boolean hasProcessed(String processorName, long position) {
        List<TrackingToken> tokens = jdbc.query(
                "select token, token_type from token_entry where processor_name = ?",
                (row, i) -> token(row.getBytes(1), row.getString(2)), processorName);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
    }

    /** Every processor's segments as stored, whichever instance claims them. */
    public List<SegmentToken> segments() {
        return jdbc.query("""
                        select processor_name, segment, token, token_type, owner from token_entry
                        order by processor_name, segment""",
                (row, i) -> new SegmentToken(row.getString(1), row.getInt(2), token(row.getBytes(3), row.getString(4)),
                        row.getString(5)));
    }

    /** Waits, at most {@code timeout}, until {@link #hasProcessed} holds; answers whether it does. */
    public boolean awaitProcessed(String processorName, long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasProcessed(processorName, position)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private TrackingToken token(byte[] token, String type) {
        return token == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    private static boolean covers(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound instanceof GapAwareTrackingToken gapAware) {
            // a gap is an event not seen yet; older gaps of rolled-back transactions must not block this one
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return lowerBound != null && lowerBound.position().orElse(-1) >= position;
    }
}
