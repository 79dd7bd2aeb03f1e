package org.safeguarding.tracker.api.command;

/** Who sends a command and in which role; recorded on every event, never taken from a request body. */
public record Actor(String name, String role) {

    /** The actor while access control is off: nobody authenticated. */
    public static final Actor ANONYMOUS = new Actor("anonymous", "NONE");
}
