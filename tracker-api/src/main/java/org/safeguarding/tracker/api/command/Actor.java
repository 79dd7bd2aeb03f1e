package org.safeguarding.tracker.api.command;

/**
 * Who sends a command, in which role and, for the AGENCY role only, for which agency; recorded on every event,
 * never taken from a request body.
 */
public record Actor(String name, String role, String agency) {

    /** Nobody signed in. */
    public static final Actor ANONYMOUS = new Actor("anonymous", "NONE", null);
}
