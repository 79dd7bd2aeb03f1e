package org.safeguarding.tracker.domain.recommendation;

public enum AssignmentStatus {
    /** Assigned, no evidence awaiting the board's decision. */
    OPEN,
    /** At least one piece of evidence awaits the board's decision. */
    EVIDENCE_SUBMITTED,
    /** A piece of evidence was accepted; stays completed whatever happens later. */
    COMPLETED,
    /** Not completed when the recommendation was closed; a reopening restores it. */
    ENDED
}
