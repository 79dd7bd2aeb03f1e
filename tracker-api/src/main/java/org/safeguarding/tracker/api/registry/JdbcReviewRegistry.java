package org.safeguarding.tracker.api.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.safeguarding.tracker.domain.review.ReviewEntry;
import org.safeguarding.tracker.domain.review.ReviewRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcReviewRegistry implements ReviewRegistry {

    private final JdbcTemplate jdbc;

    public JdbcReviewRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code on conflict do nothing} waits for a concurrent claim of the same key to commit or roll back. */
    @Override
    public boolean claim(ReviewEntry entry) {
        return jdbc.update("""
                        insert into review_registry (review_id, board, reference, commissioned_on)
                        values (?, ?, ?, ?) on conflict do nothing""",
                entry.reviewId(), entry.board(), entry.reference(), entry.commissionedOn()) == 1;
    }

    @Override
    public Optional<ReviewEntry> find(UUID reviewId) {
        return jdbc.query("select board, reference, commissioned_on from review_registry where review_id = ?",
                (row, i) -> new ReviewEntry(reviewId, row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class)), reviewId).stream().findFirst();
    }
}
