package org.safeguarding.tracker.api.audit;

/** The answer of a verification: intact, or the broken link with the lowest position. */
public record VerificationReport(boolean intact, long checkedEvents, long checkedAggregates, BrokenLink firstBroken) {
}
