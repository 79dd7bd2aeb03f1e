package org.safeguarding.tracker.projections.progress;

import org.axonframework.eventhandling.TrackingToken;

/**
 * One segment of a processor as the token table holds it: its token ({@code null} until it stored one) and the
 * instance claiming it ({@code null}: none).
 */
public record SegmentToken(String processorName, int segment, TrackingToken token, String owner) {
}
