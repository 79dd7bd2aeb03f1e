package org.safeguarding.tracker.api.audit;

/**
 * Where the log stops verifying: the stored event (or the one a checkpoint recorded) and what does not match;
 * no aggregate and no sequence when a checkpoint itself was changed.
 */
public record BrokenLink(String aggregateId, Long sequence, long position, String reason) {
}
