package org.safeguarding.tracker.projections.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.safeguarding.tracker.domain.recommendation.RecommendationStatus;
import org.safeguarding.tracker.projections.Page;
import org.safeguarding.tracker.projections.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class RecommendationList {

    private final JdbcTemplate jdbc;
    private final RecommendationStateJson json;

    public RecommendationList(JdbcTemplate jdbc, RecommendationStateJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Recommendations matching the filter, ordered by review and reference. */
    public Page<RecommendationState> page(RecommendationFilter filter, PageRequest request) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from recommendation_view" + where, Long.class,
                args.toArray());
        args.add(request.size());
        args.add(request.offset());
        List<RecommendationState> items = jdbc.query(
                "select state::text from recommendation_view" + where
                        + " order by review_id, reference, recommendation_id limit ? offset ?",
                (row, i) -> json.read(row.getString(1)), args.toArray());
        return new Page<>(items, request.page(), request.size(), total == null ? 0 : total);
    }

    public List<RecommendationSummary> ofReview(UUID reviewId) {
        return ofReview(reviewId, null);
    }

    /** The review's recommendations assigned to the agency; every one of them when the agency is {@code null}. */
    public List<RecommendationSummary> ofReview(UUID reviewId, String agency) {
        return jdbc.query("""
                        select recommendation_id, reference, status from recommendation_view
                        where review_id = ? and (cast(? as text) is null or agencies @> array[cast(? as text)])
                        order by reference""",
                (row, i) -> new RecommendationSummary(row.getObject(1, UUID.class), row.getString(2),
                        RecommendationStatus.valueOf(row.getString(3))), reviewId, agency, agency);
    }

    private static String where(RecommendationFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.reviewId() != null) {
            conditions.add("review_id = ?");
            args.add(filter.reviewId());
        }
        if (filter.agency() != null) {
            conditions.add("agencies @> array[?]::text[]");
            args.add(filter.agency());
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            args.add(filter.status().name());
        }
        if (filter.theme() != null) {
            conditions.add("themes @> array[?]::text[]");
            args.add(filter.theme());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
