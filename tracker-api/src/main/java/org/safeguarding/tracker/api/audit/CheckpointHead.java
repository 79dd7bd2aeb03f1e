package org.safeguarding.tracker.api.audit;

/** One aggregate's head as a checkpoint records it: its last event's sequence, position and chain hash. */
public record CheckpointHead(String aggregateId, long sequence, long position, String hash) {
}
