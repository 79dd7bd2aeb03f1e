package org.safeguarding.tracker.api.deadletter;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One dead letter as the API shows it: which event, where it waits, and why, without the technical cause. */
public record DeadLetterEntry(
        @Schema(description = "The processing group (projection) that could not handle the event",
                example = "tracker-lists") String processingGroup,
        @Schema(description = "The sequence it waits in: the id of the event's aggregate (a recommendation or "
                + "review id, an agency code)", example = "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21") String sequenceId,
        @Schema(description = "Its place in the sequence, from 0: later events of the aggregate wait behind the "
                + "first", example = "0") long index,
        @Schema(description = "The event's identifier", example = "0b6c9a52-6f0e-4d7e-9a3b-2c1d4e5f6a7b")
        String eventId,
        @Schema(description = "The event's position in the log (as in /events); null if it is no longer stored",
                example = "4180") Long position,
        @Schema(description = "The event's type", example = "RecommendationRaised") String type,
        @Schema(description = "When it was dead-lettered") Instant enqueuedAt,
        @Schema(description = "When it was last dead-lettered or retried") Instant lastTouched,
        @Schema(description = "How many retries of it have failed", example = "0") long retries,
        @Schema(description = "Why it waits, in a few words; the full cause is in the service's log",
                example = "the projection could not write it to its tables") String cause) {
}
