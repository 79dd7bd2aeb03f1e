package org.safeguarding.tracker.api.security;

/** The roles of the contract ("Access"); a principal has exactly one. */
public enum Role {
    /** Every command and every read, the views' rebuild included. */
    BOARD,
    /** Submits evidence and reads, only for its own agency's assignments. */
    AGENCY,
    /** Every read, history and the event log included; no command. */
    AUDITOR,
    /** The views only. */
    DASHBOARD;

    /** Spring Security's authority for the role, e.g. {@code ROLE_BOARD}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
