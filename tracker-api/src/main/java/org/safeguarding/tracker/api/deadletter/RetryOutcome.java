package org.safeguarding.tracker.api.deadletter;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a retry of one sequence of dead letters did. */
public record RetryOutcome(
        @Schema(description = "PROCESSED: every letter of the sequence was handled and is gone; STILL_FAILING: a "
                + "letter failed again and stays queued, its retries one higher, with those behind it; "
                + "BEING_RETRIED: another retry of the sequence holds it, nothing was done")
        Result result,
        @Schema(description = "The letters of the sequence still queued, first the one that failed")
        List<DeadLetterEntry> remaining) {

    public enum Result { PROCESSED, STILL_FAILING, BEING_RETRIED }
}
