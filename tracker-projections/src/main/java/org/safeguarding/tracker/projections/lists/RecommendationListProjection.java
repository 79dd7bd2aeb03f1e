package org.safeguarding.tracker.projections.lists;

import java.util.List;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.safeguarding.tracker.domain.recommendation.Assignment;
import org.safeguarding.tracker.domain.recommendation.RecommendationEvent;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each recommendation's current state, folded by the domain's own fold, with the columns the
 * list filters on. Replay-safe: an event is folded in only when its sequence number is the next one.
 */
@Component
@ProcessingGroup(ProcessingGroups.LISTS)
public class RecommendationListProjection {

    private static final String UPSERT = """
            insert into recommendation_view
                (recommendation_id, review_id, reference, raised_on, status, themes, agencies, version, state)
            values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (recommendation_id) do update set
                status = excluded.status, agencies = excluded.agencies,
                version = excluded.version, state = excluded.state""";

    private final JdbcTemplate jdbc;
    private final RecommendationStateJson json;

    public RecommendationListProjection(JdbcTemplate jdbc, RecommendationStateJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(RecommendationEvent event, @SequenceNumber long sequence) {
        RecommendationState current = stored(event.recommendationId());
        long version = current == null ? 0 : current.version();
        if (sequence != version) {
            return; // already folded in (a replay or a retried batch)
        }
        RecommendationState next = RecommendationState.fold(current, event);
        jdbc.update(UPSERT, next.recommendationId(), next.reviewId(), next.reference(), next.raisedOn(),
                next.status().name(), array(next.themes()),
                array(next.assignments().stream().map(Assignment::agency).toList()), next.version(),
                json.write(next));
    }

    private RecommendationState stored(UUID recommendationId) {
        List<String> rows = jdbc.queryForList(
                "select state::text from recommendation_view where recommendation_id = ?", String.class,
                recommendationId);
        return rows.isEmpty() ? null : json.read(rows.get(0));
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
