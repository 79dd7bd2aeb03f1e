package org.safeguarding.tracker.api.eventlog;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stored event as auditors and feeds read it: its global position, its place in its aggregate's
 * history, when it was recorded, who sent the command that recorded it, and its payload as stored.
 */
public record RecordedEvent(long position, String aggregateId, String aggregateType, long sequence, String type,
                            String revision, Instant recordedAt, String actor, String role, String correlationId,
                            JsonNode payload) {
}
