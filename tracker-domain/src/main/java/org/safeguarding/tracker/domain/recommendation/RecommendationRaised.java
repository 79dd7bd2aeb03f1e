package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * Revision 2 carries the review's {@code board} and {@code reviewReference}, so a projection needs no other
 * source than the events; revision 1 events are upcast when read.
 */
@Revision("2")
public record RecommendationRaised(UUID recommendationId, UUID reviewId, String board, String reviewReference,
                                   String reference, String text, List<String> themes, Priority priority,
                                   LocalDate raisedOn) implements RecommendationEvent {
}
