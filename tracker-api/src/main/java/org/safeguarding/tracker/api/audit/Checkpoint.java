package org.safeguarding.tracker.api.audit;

import java.util.List;

/**
 * A checkpoint as exported: its position, the hash of the checkpoint it follows (null for the first), its own
 * hash, and the heads of the aggregates that changed since that one, in position order: all that
 * {@link EventChain#checkpoint} needs to recompute it.
 */
public record Checkpoint(long position, String previousHash, String hash, List<CheckpointHead> heads) {
}
