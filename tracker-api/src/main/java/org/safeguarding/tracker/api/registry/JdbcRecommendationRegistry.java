package org.safeguarding.tracker.api.registry;

import java.util.UUID;

import org.safeguarding.tracker.domain.recommendation.RecommendationRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcRecommendationRegistry implements RecommendationRegistry {

    private final JdbcTemplate jdbc;

    public JdbcRecommendationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(UUID recommendationId, UUID reviewId, String reference) {
        return jdbc.update("""
                        insert into recommendation_registry (recommendation_id, review_id, reference)
                        values (?, ?, ?) on conflict do nothing""",
                recommendationId, reviewId, reference) == 1;
    }

    @Override
    public boolean exists(UUID recommendationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from recommendation_registry where recommendation_id = ?)",
                Boolean.class, recommendationId));
    }
}
