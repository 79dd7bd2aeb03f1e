package org.safeguarding.tracker.api.health;

import java.lang.management.ManagementFactory;

import org.axonframework.eventhandling.StreamingEventProcessor;

/** What a streaming processor of this instance is doing. */
public enum ProcessorState {
    RUNNING,
    STOPPED,
    ERROR,
    /** Running, and holding no segment here: other instances process them; it takes them over when they stop. */
    STANDBY,
    /** Not running, and not expected to: the views' idle generation. */
    IDLE;

    /** How the token table names this instance as a segment's owner (Axon's default node id). */
    public static final String THIS_INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /**
     * A pooled processor's {@code isError()} stays true after a failed attempt for as long as this instance claims
     * no segment (its back-off is reset only while it processes), e.g. once the database is back and another
     * instance took every segment. So it is in error only while it also holds a claim here ({@code claimsHere}).
     */
    public static ProcessorState of(StreamingEventProcessor processor, boolean shouldRun, boolean claimsHere) {
        if (!processor.isRunning()) {
            return shouldRun ? STOPPED : IDLE;
        }
        if (!claimsHere) {
            return STANDBY;
        }
        return processor.isError() ? ERROR : RUNNING;
    }

    /** Whether a processor that should run is doing what it should. */
    public boolean healthy() {
        return this == RUNNING || this == STANDBY;
    }

    public String label() {
        return name().toLowerCase();
    }
}
