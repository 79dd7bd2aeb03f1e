package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.Theme;

public record RaiseRecommendation(@TargetAggregateIdentifier UUID recommendationId, UUID reviewId, String reference,
                                  String text, List<Theme> themes, Priority priority, LocalDate raisedOn) {
}
