package org.safeguarding.tracker.api.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.safeguarding.tracker.domain.review.ReviewEntry;
import org.safeguarding.tracker.domain.review.ReviewRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcReviewRegistry extends JdbcRegistry implements ReviewRegistry {

    public JdbcReviewRegistry(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public boolean claim(ReviewEntry entry) {
        return claim("insert into review_registry (review_id, board, reference, commissioned_on) values (?, ?, ?, ?)",
                entry.reviewId(), entry.board(), entry.reference(), entry.commissionedOn());
    }

    @Override
    public Optional<ReviewEntry> find(UUID reviewId) {
        return jdbc.query("select board, reference, commissioned_on from review_registry where review_id = ?",
                (row, i) -> new ReviewEntry(reviewId, row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class)), reviewId).stream().findFirst();
    }
}
