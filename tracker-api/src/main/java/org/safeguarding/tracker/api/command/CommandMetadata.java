package org.safeguarding.tracker.api.command;

/** The metadata keys every command, and so every event it records, carries. */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";

    private CommandMetadata() {
    }
}
