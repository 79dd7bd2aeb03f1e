package org.safeguarding.tracker.domain.review;

public enum ReviewKind {
    /** Serious Case Review. */
    SCR,
    /** Multi-Agency Review, a discretionary review used instead of an SCR. */
    MAR,
    /** Local Child Safeguarding Practice Review. */
    LCSPR,
    RAPID_REVIEW,
    THEMATIC,
    OTHER
}
