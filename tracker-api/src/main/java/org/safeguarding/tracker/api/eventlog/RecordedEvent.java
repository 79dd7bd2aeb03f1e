package org.safeguarding.tracker.api.eventlog;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.tracker.api.audit.ChainLink;

/**
 * One stored event as auditors and feeds read it: its global position, its place in its aggregate's
 * history, when it was recorded, who sent the command that recorded it (actor, role, agency) in which request
 * (correlation id, idempotency key), its payload as stored, and what its chain hash covers: the payload's full
 * type, the whole metadata, and the hashes linking it to the event before it in its aggregate.
 */
public record RecordedEvent(long position, String aggregateId, String aggregateType, long sequence, String type,
                            String revision, Instant recordedAt, String actor, String role, String correlationId,
                            JsonNode payload, String agency, String idempotencyKey, String payloadType,
                            JsonNode metadata, String previousHash, String hash) {

    /** What its hash covers, besides the previous hash. */
    public ChainLink link() {
        return new ChainLink(aggregateId, aggregateType, sequence, payloadType, revision, recordedAt, payload,
                metadata);
    }
}
