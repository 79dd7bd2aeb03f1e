package org.safeguarding.tracker.api.registry;

import java.util.UUID;

import org.safeguarding.tracker.domain.recommendation.RecommendationRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcRecommendationRegistry extends JdbcRegistry implements RecommendationRegistry {

    public JdbcRecommendationRegistry(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public boolean claim(UUID recommendationId, UUID reviewId, String reference) {
        return claim("insert into recommendation_registry (recommendation_id, review_id, reference) values (?, ?, ?)",
                recommendationId, reviewId, reference);
    }

    @Override
    public boolean exists(UUID recommendationId) {
        return exists("recommendation_registry", "recommendation_id", recommendationId);
    }
}
