package org.safeguarding.tracker.api.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.safeguarding.tracker.api.eventlog.RecordedEvent;

/**
 * Checks checkpoints, from the store or from an export alike, read in position order before the events:
 * that each one's hash recomputes from the one before it and its heads (when the whole log is checked), and
 * that every head it records is an event the log still holds, at the same position with the same hash.
 * Memory holds the recorded heads, never the events.
 */
final class CheckpointVerification {

    private record Recorded(long checkpoint, CheckpointHead head) {
    }

    private record Place(String aggregateId, long sequence) {
    }

    private final boolean foldsChecked;
    private final Consumer<BrokenLink> broken;
    private final Map<Place, Recorded> unseen = new HashMap<>();
    private String lastHash;
    private BrokenLink foldBroken;

    /** foldsChecked false when the checkpoints come with one aggregate's heads only, so no hash recomputes. */
    CheckpointVerification(boolean foldsChecked, Consumer<BrokenLink> broken) {
        this.foldsChecked = foldsChecked;
        this.broken = broken;
    }

    void accept(Checkpoint checkpoint) {
        if (foldsChecked && foldBroken == null && (!Objects.equals(checkpoint.previousHash(), lastHash)
                || !EventChain.checkpoint(checkpoint.previousHash(), checkpoint.position(), checkpoint.heads())
                        .equals(checkpoint.hash()))) {
            foldBroken = new BrokenLink(null, null, checkpoint.position(), "checkpoint at position "
                    + checkpoint.position() + " no longer matches its recorded hash: the checkpoint tables were "
                    + "changed");
        }
        lastHash = checkpoint.hash();
        for (CheckpointHead head : checkpoint.heads()) {
            unseen.put(new Place(head.aggregateId(), head.sequence()), new Recorded(checkpoint.position(), head));
        }
    }

    /** The event meets every checkpoint that recorded it as its aggregate's head. */
    void witness(RecordedEvent event) {
        Recorded recorded = unseen.remove(new Place(event.aggregateId(), event.sequence()));
        if (recorded != null && (recorded.head().position() != event.position()
                || !Objects.equals(recorded.head().hash(), event.hash()))) {
            broken.accept(link(recorded, "checkpoint mismatch: " + where(recorded) + ", but the log holds position "
                    + event.position() + " with hash " + event.hash()));
        }
    }

    /**
     * Every recorded head no event met is missing from the log. A changed checkpoint comes last, so at the same
     * position the event's own break is the one named.
     */
    void finish() {
        unseen.values().forEach(recorded -> broken.accept(link(recorded, "missing: " + where(recorded)
                + ", and the log no longer holds it")));
        unseen.clear();
        if (foldBroken != null) {
            broken.accept(foldBroken);
        }
    }

    private static String where(Recorded recorded) {
        CheckpointHead head = recorded.head();
        return "checkpoint " + recorded.checkpoint() + " recorded event " + head.sequence() + " (position "
                + head.position() + ", hash " + head.hash() + ") as this aggregate's head";
    }

    private static BrokenLink link(Recorded recorded, String reason) {
        CheckpointHead head = recorded.head();
        return new BrokenLink(head.aggregateId(), head.sequence(), head.position(), reason);
    }
}
