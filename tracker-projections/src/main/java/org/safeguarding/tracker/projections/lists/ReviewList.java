package org.safeguarding.tracker.projections.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.safeguarding.tracker.domain.review.ReviewKind;
import org.safeguarding.tracker.projections.Page;
import org.safeguarding.tracker.projections.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class ReviewList {

    private static final String SELECT = """
            select r.*,
                   count(v.recommendation_id) filter (where v.status = 'OPEN')   as open,
                   count(v.recommendation_id) filter (where v.status = 'CLOSED') as closed
            from review_view r left join recommendation_view v on v.review_id = r.review_id
            where (cast(? as varchar) is null or r.board = ?)
            group by r.review_id
            order by r.board, r.commissioned_on, r.reference
            limit ? offset ?""";

    /** One agency's part: the reviews with a recommendation assigned to it, counting only those. */
    private static final String SELECT_OF_AGENCY = """
            select r.*,
                   count(v.recommendation_id) filter (where v.status = 'OPEN')   as open,
                   count(v.recommendation_id) filter (where v.status = 'CLOSED') as closed
            from review_view r join recommendation_view v on v.review_id = r.review_id
             and v.agencies @> array[cast(? as text)]
            where (cast(? as varchar) is null or r.board = ?)
            group by r.review_id
            order by r.board, r.commissioned_on, r.reference
            limit ? offset ?""";

    private final JdbcTemplate jdbc;

    public ReviewList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviews on which the agency has an assigned recommendation, each counting only those. */
    public Page<ReviewListItem> pageOfAgency(String agency, String board, PageRequest request) {
        List<ReviewListItem> items = jdbc.query(SELECT_OF_AGENCY, ReviewList::item, agency, board, board,
                request.size(), request.offset());
        Long total = jdbc.queryForObject("""
                        select count(*) from review_view r where (cast(? as varchar) is null or r.board = ?)
                         and exists (select 1 from recommendation_view v where v.review_id = r.review_id
                                     and v.agencies @> array[cast(? as text)])""",
                Long.class, board, board, agency);
        return new Page<>(items, request.page(), request.size(), total == null ? 0 : total);
    }

    public Page<ReviewListItem> page(String board, PageRequest request) {
        List<ReviewListItem> items = jdbc.query(SELECT, ReviewList::item, board, board, request.size(),
                request.offset());
        Long total = jdbc.queryForObject(
                "select count(*) from review_view where (cast(? as varchar) is null or board = ?)",
                Long.class, board, board);
        return new Page<>(items, request.page(), request.size(), total == null ? 0 : total);
    }

    private static ReviewListItem item(ResultSet row, int i) throws SQLException {
        return new ReviewListItem(row.getObject("review_id", UUID.class), row.getString("board"),
                row.getString("reference"), ReviewKind.valueOf(row.getString("kind")), row.getString("title"),
                row.getObject("commissioned_on", java.time.LocalDate.class),
                row.getObject("published_on", java.time.LocalDate.class), row.getLong("open"),
                row.getLong("closed"));
    }
}
