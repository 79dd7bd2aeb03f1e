package org.safeguarding.tracker.api.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything of one stored event that its chain hash covers, besides the previous event's hash. */
public record ChainLink(String aggregateId, String aggregateType, long sequence, String payloadType,
                        String revision, Instant recordedAt, JsonNode payload, JsonNode metadata) {
}
