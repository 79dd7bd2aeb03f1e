package org.safeguarding.tracker.domain.agency;

/** What a {@link RegisterAgency} command did. */
public enum AgencyRegistration {
    REGISTERED,
    RENAMED,
    /** The agency already had this name: nothing was recorded. */
    UNCHANGED
}
