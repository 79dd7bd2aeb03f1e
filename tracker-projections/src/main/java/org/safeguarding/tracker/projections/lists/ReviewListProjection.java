package org.safeguarding.tracker.projections.lists;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.tracker.domain.review.ReviewRegistered;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProcessingGroups.LISTS)
public class ReviewListProjection {

    private final JdbcTemplate jdbc;

    public ReviewListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewRegistered event) {
        jdbc.update("""
                        insert into review_view (review_id, board, reference, kind, title, commissioned_on, published_on)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (review_id) do nothing""",
                event.reviewId(), event.board(), event.reference(), event.kind().name(), event.title(),
                event.commissionedOn(), event.publishedOn());
    }
}
