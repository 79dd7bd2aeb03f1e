package org.safeguarding.tracker.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.recommendation.RecommendationRegistry;
import org.safeguarding.tracker.domain.review.ReviewEntry;
import org.safeguarding.tracker.domain.review.ReviewRegistry;

/** The three registry ports in memory, with the same claim semantics as the unique constraints behind them. */
public class InMemoryRegistries implements AgencyRegistry, ReviewRegistry, RecommendationRegistry {

    private final Set<String> agencies = new HashSet<>();
    private final Map<UUID, ReviewEntry> reviews = new HashMap<>();
    private final Map<UUID, String> recommendations = new HashMap<>();

    public InMemoryRegistries withAgency(String code) {
        agencies.add(code);
        return this;
    }

    public InMemoryRegistries withReview(ReviewEntry entry) {
        if (!claim(entry)) {
            throw new IllegalStateException("test setup claims a taken review reference: " + entry);
        }
        return this;
    }

    public InMemoryRegistries withRecommendation(UUID recommendationId, UUID reviewId, String reference) {
        if (!claim(recommendationId, reviewId, reference)) {
            throw new IllegalStateException("test setup claims a taken recommendation reference: " + reference);
        }
        return this;
    }

    @Override
    public void register(AgencyCode code) {
        agencies.add(code.value());
    }

    @Override
    public boolean isRegistered(AgencyCode code) {
        return agencies.contains(code.value());
    }

    @Override
    public boolean claim(ReviewEntry entry) {
        boolean taken = reviews.values().stream().anyMatch(e ->
                e.board().equals(entry.board()) && e.reference().equals(entry.reference()));
        if (taken) {
            return false;
        }
        reviews.put(entry.reviewId(), entry);
        return true;
    }

    @Override
    public Optional<ReviewEntry> find(UUID reviewId) {
        return Optional.ofNullable(reviews.get(reviewId));
    }

    @Override
    public boolean claim(UUID recommendationId, UUID reviewId, String reference) {
        String key = reviewId + "|" + reference;
        if (recommendations.containsValue(key)) {
            return false;
        }
        recommendations.put(recommendationId, key);
        return true;
    }

    @Override
    public boolean exists(UUID recommendationId) {
        return recommendations.containsKey(recommendationId);
    }
}
