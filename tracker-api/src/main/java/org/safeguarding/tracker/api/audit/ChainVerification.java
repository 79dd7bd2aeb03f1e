package org.safeguarding.tracker.api.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.safeguarding.tracker.api.eventlog.RecordedEvent;

/**
 * Recomputes the chains of events read in position order, from the store or from an export alike, and checks
 * them against the checkpoints given first (see {@link CheckpointVerification}). Each
 * aggregate's events are checked in sequence order: one that arrives ahead of its turn waits (that happens
 * only when the log was tampered with), so a swapped pair shows as a broken link at the lower sequence and a
 * deleted event as a gap. Memory holds one head per aggregate, never the events.
 */
public final class ChainVerification {

    private final Map<String, Chain> chains = new HashMap<>();
    private long checkedEvents;
    private BrokenLink first;
    private final CheckpointVerification checkpoints;

    /** Verifies a whole log: its checkpoints' hashes recompute too. */
    public ChainVerification() {
        this(true);
    }

    /** wholeLog false for one aggregate's history, whose checkpoints carry only that aggregate's heads. */
    public ChainVerification(boolean wholeLog) {
        checkpoints = new CheckpointVerification(wholeLog, this::broken);
    }

    private static final class Chain {
        long expected;
        String lastHash;
        long lastPosition;
        boolean broken;
        final TreeMap<Long, RecordedEvent> early = new TreeMap<>();
    }

    /** A checkpoint, in position order, before any event. */
    public void checkpoint(Checkpoint checkpoint) {
        checkpoints.accept(checkpoint);
    }

    public void accept(RecordedEvent event) {
        checkedEvents++;
        Chain chain = chains.computeIfAbsent(event.aggregateId(), id -> new Chain());
        if (!chain.broken) {
            follow(chain, event);
        }
        checkpoints.witness(event);
    }

    private void follow(Chain chain, RecordedEvent event) {
        if (event.sequence() < chain.expected || chain.early.containsKey(event.sequence())) {
            breakAt(chain, event, "sequence " + event.sequence() + " appears twice");
        } else if (event.sequence() > chain.expected) {
            chain.early.put(event.sequence(), event);
        } else {
            check(chain, event);
            while (!chain.broken && chain.early.containsKey(chain.expected)) {
                check(chain, chain.early.remove(chain.expected));
            }
        }
    }

    /** The report names whichever break lies earliest in the log. */
    private void broken(BrokenLink link) {
        if (first == null || link.position() < first.position()) {
            first = link;
        }
    }

    public VerificationReport report() {
        checkpoints.finish();
        chains.forEach((id, chain) -> {
            if (!chain.broken && !chain.early.isEmpty()) {
                RecordedEvent next = chain.early.firstEntry().getValue();
                breakAt(chain, next, "sequence gap: event " + chain.expected + " is missing, the next one stored is "
                        + next.sequence());
            }
        });
        return new VerificationReport(first == null, checkedEvents, chains.size(), first);
    }

    private void check(Chain chain, RecordedEvent event) {
        if (event.hash() == null) {
            breakAt(chain, event, "no chain hash recorded");
        } else if (!Objects.equals(event.previousHash(), chain.lastHash)) {
            breakAt(chain, event, "previous-hash mismatch: the event links to " + event.previousHash()
                    + " but the hash of " + (chain.lastHash == null ? "its aggregate's start is null"
                    : "event " + (event.sequence() - 1) + " is " + chain.lastHash));
        } else if (!EventChain.hash(event.previousHash(), event.link()).equals(event.hash())) {
            breakAt(chain, event, "hash mismatch: the event's content (payload, metadata, type, revision or time) "
                    + "no longer hashes to its recorded hash " + event.hash());
        } else if (event.sequence() > 0 && event.position() <= chain.lastPosition) {
            breakAt(chain, event, "out of order: position " + event.position() + " is not after event "
                    + (event.sequence() - 1) + "'s position " + chain.lastPosition);
        } else {
            chain.lastHash = event.hash();
            chain.lastPosition = event.position();
            chain.expected++;
        }
    }

    private void breakAt(Chain chain, RecordedEvent event, String reason) {
        chain.broken = true;
        chain.early.clear();
        broken(new BrokenLink(event.aggregateId(), event.sequence(), event.position(), reason));
    }
}
