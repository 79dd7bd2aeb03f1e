package org.safeguarding.tracker.domain.recommendation;

import java.util.UUID;

/** Every event in a recommendation's history; one per decision taken on it. */
public sealed interface RecommendationEvent
        permits RecommendationRaised, BoardResponseRecorded, RecommendationAssigned, DueDateChanged,
        EvidenceSubmitted, EvidenceAccepted, EvidenceRejected, RecommendationClosed, RecommendationReopened {
    UUID recommendationId();
}
