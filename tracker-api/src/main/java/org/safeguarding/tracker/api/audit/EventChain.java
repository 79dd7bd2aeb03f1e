package org.safeguarding.tracker.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hashes of the tamper-evident log, the one definition the store, the verifier and the offline verifier use.
 * <p>
 * An event's hash is the lowercase hex SHA-256 of the UTF-8 {@link CanonicalJson} of
 * {@code {"aggregateId","aggregateType","metadata","payload","payloadType","previousHash","recordedAt",
 * "revision","scheme":"tracker-event/1","sequence"}}: {@code previousHash} is the hash of the event before it
 * in its aggregate (null for sequence 0), {@code recordedAt} an ISO-8601 instant as {@link java.time.Instant}
 * prints it, {@code metadata} the event's whole metadata (actor, role, agency, correlation id, idempotency key).
 * <p>
 * A checkpoint's hash is the SHA-256 of the lines {@code tracker-checkpoint/1}, the previous checkpoint's hash
 * (empty for the first), the position, then one canonical {@code {"aggregateId","hash","position","sequence"}}
 * a line for each aggregate whose head changed since the previous checkpoint, in position order; each line ends
 * with {@code \n}. Chained so, the latest checkpoint commits to every aggregate's head at its position.
 */
public final class EventChain {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventChain() {
    }

    public static String hash(String previousHash, ChainLink link) {
        ObjectNode document = NODES.objectNode()
                .put("scheme", "tracker-event/1")
                .put("previousHash", previousHash)
                .put("aggregateId", link.aggregateId())
                .put("aggregateType", link.aggregateType())
                .put("sequence", link.sequence())
                .put("payloadType", link.payloadType())
                .put("revision", link.revision())
                .put("recordedAt", link.recordedAt() == null ? null : link.recordedAt().toString());
        document.set("payload", link.payload());
        document.set("metadata", link.metadata());
        return sha256(CanonicalJson.write(document));
    }

    public static String checkpoint(String previousHash, long position, List<CheckpointHead> changedHeads) {
        StringBuilder text = new StringBuilder("tracker-checkpoint/1\n")
                .append(previousHash == null ? "" : previousHash).append('\n')
                .append(position).append('\n');
        for (CheckpointHead head : changedHeads) {
            text.append(CanonicalJson.write(NODES.objectNode().put("aggregateId", head.aggregateId())
                    .put("hash", head.hash()).put("position", head.position()).put("sequence", head.sequence())))
                    .append('\n');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
