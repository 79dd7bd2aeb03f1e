package org.safeguarding.tracker.api.command;

/**
 * An accepted command: the handler's result, and the global position and sequence number of the last event
 * of its aggregate (the one it recorded, or the latest one when it recorded nothing).
 */
public record Dispatched(Object result, long position, long sequence) {

    /** The number of events in the aggregate's history once the command was applied. */
    public long version() {
        return sequence + 1;
    }
}
