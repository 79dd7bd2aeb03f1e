package org.safeguarding.tracker.api.health;

import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.safeguarding.tracker.projections.progress.SegmentToken;

/**
 * One segment's stored position against the head of the log: {@code lag} events behind it (0: caught up);
 * {@code gaps} are lower positions it passed over that had not committed; {@code owner} the claiming instance.
 */
public record SegmentLag(String processor, int segment, long position, long lag, Set<Long> gaps, boolean replaying,
                         String owner) {

    static SegmentLag of(SegmentToken stored, long head) {
        TrackingToken token = stored.token();
        long position = token == null ? 0 : token.position().orElse(0);
        Set<Long> gaps = WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware
                ? Set.copyOf(gapAware.getGaps()) : Set.of();
        return new SegmentLag(stored.processorName(), stored.segment(), position, Math.max(0, head - position), gaps,
                ReplayToken.isReplay(token), stored.owner());
    }
}
