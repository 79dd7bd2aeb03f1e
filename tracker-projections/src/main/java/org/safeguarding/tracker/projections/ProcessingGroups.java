package org.safeguarding.tracker.projections;

/** The names of the streaming processors that keep the read models, also their token-store keys. */
public final class ProcessingGroups {

    /** Agencies, reviews and recommendations as lists. */
    public static final String LISTS = "tracker-lists";

    private ProcessingGroups() {
    }
}
