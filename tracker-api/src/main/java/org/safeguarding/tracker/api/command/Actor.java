package org.safeguarding.tracker.api.command;

/**
 * Who sends a command, in which role and, for an agency's user, for which agency (else null); recorded on
 * every event, never taken from a request body.
 */
public record Actor(String name, String role, String agency) {

    /** The actor while access control is off: nobody authenticated. */
    public static final Actor ANONYMOUS = new Actor("anonymous", "NONE", null);
}
