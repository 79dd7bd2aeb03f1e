package org.safeguarding.tracker.api.command;

import java.util.List;

/** The metadata keys every command, and so every event it records, carries (agency and key only when set). */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String AGENCY = "agency";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /** Every attribution key, in the order the command path writes them. */
    public static final List<String> ATTRIBUTION = List.of(ACTOR, ROLE, AGENCY, CORRELATION_ID, IDEMPOTENCY_KEY);

    private CommandMetadata() {
    }
}
