package org.safeguarding.tracker.api.health;

import org.axonframework.eventhandling.StreamingEventProcessor;

/** What a streaming processor of this instance is doing. */
public enum ProcessorState {
    RUNNING,
    STOPPED,
    ERROR,
    /** Not running, and not expected to: the views' idle generation. */
    IDLE;

    public static ProcessorState of(StreamingEventProcessor processor, boolean shouldRun) {
        if (!processor.isRunning()) {
            return shouldRun ? STOPPED : IDLE;
        }
        return processor.isError() ? ERROR : RUNNING;
    }

    public String label() {
        return name().toLowerCase();
    }
}
