package org.safeguarding.tracker.projections.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every view, for any business date {@code :d}. A board's views read that board's period-shaped rows that hold
 * on :d (a GiST index on board and period), so their cost follows the board's own open work. The aggregate
 * views over every board read the running tallies ({@link AllBoardsAggregates}); the lists over every board read
 * the rows that hold on :d, one per item of the answer. "Latest" is by business date, ties broken by recording
 * order. Keys are ordered by their code point order ({@code collate "C"}), the same on every database. Each view
 * reads one snapshot: its several queries never see a projection batch half-applied between them.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ViewQueries {

    private static final String ITEM_COLUMNS = """
            recommendation_id, recommendation_reference, review_id, review_reference, agency, owner, assigned_on,
            due_on, first_evidence_on""";

    // references repeat across boards: the ids settle ties, so every generation and instance answers in one order
    private static final String ITEM_ORDER = " order by due_on, review_reference, recommendation_reference, agency,"
            + " recommendation_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final ViewGenerations generations;
    private final AllBoardsAggregates allBoards;

    public ViewQueries(NamedParameterJdbcTemplate jdbc, ViewGenerations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.allBoards = new AllBoardsAggregates(jdbc);
    }

    public List<AgencyOutstanding> outstandingByAgency(ViewQuery query) {
        String s = generations.live().schema();
        if (query.board() == null) {
            return allBoards.outstandingByAgency(s, query.on());
        }
        return jdbc.query(sql(s, """
                select o.agency, g.name, count(*) as open,
                       count(*) filter (where o.due_on < :d) as overdue,
                       count(*) filter (where o.due_on between :d and :last_due_soon) as due_soon,
                       min(o.assigned_on) as oldest
                from {s}.view_open_item o left join {s}.view_agency g on g.code = o.agency
                where o.board = :board and o.period @> cast(:d as date)
                group by o.agency, g.name
                order by overdue desc, o.agency collate "C\""""), params(query),
                (row, i) -> new AgencyOutstanding(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getObject(6, LocalDate.class)));
    }

    public List<ActionItem> outstandingActions(ViewQuery query, String agency) {
        String s = generations.live().schema();
        return jdbc.query(sql(s, "select " + ITEM_COLUMNS + " from {s}.view_open_item"
                        + " where period @> cast(:d as date)" + onBoard(query, "")
                        + (agency == null ? "" : " and agency = :agency") + ITEM_ORDER),
                params(query).addValue("agency", agency), (row, i) -> item(row, query.on()));
    }

    public ExceptionReport exceptions(ViewQuery query) {
        String s = generations.live().schema();
        LocalDate on = query.on();
        List<ActionItem> overdue = new ArrayList<>();
        List<ActionItem> dueSoon = new ArrayList<>();
        List<ActionItem> noEvidence = new ArrayList<>();
        jdbc.query(sql(s, "select " + ITEM_COLUMNS + " from {s}.view_open_item where period @> cast(:d as date)"
                + onBoard(query, "")
                + ITEM_ORDER), params(query), row -> {
            ActionItem item = item(row, on);
            if (item.overdue()) {
                overdue.add(item);
            } else if (!item.dueOn().isAfter(Thresholds.lastDueSoon(on))) {
                dueSoon.add(item);
            }
            LocalDate firstEvidence = row.getObject("first_evidence_on", LocalDate.class);
            if (Thresholds.evidenceOverdue(item.assignedOn(), on) && (firstEvidence == null || firstEvidence.isAfter(on))) {
                noEvidence.add(item);
            }
        });
        List<AwaitingAssurance> awaiting = jdbc.query(sql(s, """
                        select recommendation_id, recommendation_reference, review_reference, agency, evidence_id,
                               submitted_on
                        from {s}.view_pending_evidence
                        where period @> cast(:d as date)""" + onBoard(query, "") + """
                         order by submitted_on, review_reference, recommendation_reference, agency,
                                  recommendation_id, evidence_id"""),
                params(query), (row, i) -> new AwaitingAssurance(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getObject(5, UUID.class),
                        row.getObject(6, LocalDate.class)));
        return new ExceptionReport(overdue, dueSoon, awaiting, noEvidence);
    }

    public List<ImplementationTime> timeToImplementation(ViewQuery query, ImplementationGrouping grouping) {
        String s = generations.live().schema();
        if (query.board() == null && grouping != ImplementationGrouping.REVIEW) {
            return allBoards.timeToImplementation(s, query.on(), grouping);
        }
        String sql = grouping == ImplementationGrouping.AGENCY ? """
                with done as (
                    select agency as key, count(*) as completed,
                           percentile_cont(0.5) within group (order by completed_on - assigned_on) as median,
                           percentile_cont(0.9) within group (order by completed_on - assigned_on) as p90,
                           avg(completed_on - assigned_on)::float8 as mean
                    from {s}.view_assignment
                    where board = :board and completed_on <= :d
                    group by agency
                ), pending as (
                    select agency as key, count(*) as open, (cast(:d as date) - min(assigned_on))::bigint as oldest
                    from {s}.view_open_item
                    where board = :board and period @> cast(:d as date)
                    group by agency
                )
                select coalesce(done.key, pending.key) as key, coalesce(done.completed, 0), done.median, done.p90,
                       done.mean, coalesce(pending.open, 0), pending.oldest
                from done full join pending on pending.key = done.key
                order by coalesce(done.key, pending.key) collate "C\"""" : """
                select %1$s as key,
                       count(*) filter (where implemented) as completed,
                       percentile_cont(0.5) within group (order by days) filter (where implemented),
                       percentile_cont(0.9) within group (order by days) filter (where implemented),
                       (avg(days) filter (where implemented))::float8,
                       count(*) filter (where not closed) as open,
                       (cast(:d as date) - min(raised_on) filter (where not closed))::bigint
                from {s}.view_recommendation_period rec %2$s
                where rec.period @> cast(:d as date)%3$s
                group by 1
                having count(*) filter (where implemented) > 0 or count(*) filter (where not closed) > 0
                order by %1$s collate "C\"""".formatted(keyOf(grouping),
                grouping == ImplementationGrouping.THEME ? "cross join unnest(rec.themes) as t(theme)" : "",
                onBoard(query, "rec."));
        return jdbc.query(sql(s, sql), params(query), (row, i) -> new ImplementationTime(row.getString(1),
                row.getLong(2), row.getObject(3, Double.class), row.getObject(4, Double.class),
                row.getObject(5, Double.class), row.getLong(6), row.getObject(7, Long.class)));
    }

    public List<ReReferralLink> reReferrals(ViewQuery query) {
        String s = generations.live().schema();
        Map<List<UUID>, List<ReReferralLink.OpenRecommendation>> open = new LinkedHashMap<>();
        jdbc.query(sql(s, """
                select l.review_id, l.earlier_review_id, r.recommendation_id, r.reference, r.text
                from {s}.view_re_referral l
                join {s}.view_review v on v.review_id = l.review_id
                join {s}.view_recommendation r on r.review_id = l.earlier_review_id
                join {s}.view_recommendation_period sp on sp.recommendation_id = r.recommendation_id
                 and sp.period @> l.referred_on and not sp.closed
                where l.referred_on <= :d""" + onBoard(query, "v.") + """
                order by r.reference, r.recommendation_id"""), params(query), row -> {
            open.computeIfAbsent(List.of(row.getObject(1, UUID.class), row.getObject(2, UUID.class)),
                    key -> new ArrayList<>()).add(new ReReferralLink.OpenRecommendation(
                    row.getObject(3, UUID.class), row.getString(4), row.getString(5)));
        });
        return jdbc.query(sql(s, """
                select l.review_id, v.reference, l.earlier_review_id, e.reference, l.referred_on
                from {s}.view_re_referral l
                join {s}.view_review v on v.review_id = l.review_id
                join {s}.view_review e on e.review_id = l.earlier_review_id
                where l.referred_on <= :d""" + onBoard(query, "v.") + """
                order by l.referred_on, v.reference, e.reference, l.review_id, l.earlier_review_id"""),
                params(query), (row, i) -> {
            UUID reviewId = row.getObject(1, UUID.class);
            UUID earlierId = row.getObject(3, UUID.class);
            return new ReReferralLink(reviewId, row.getString(2), earlierId, row.getString(4),
                    row.getObject(5, LocalDate.class), open.getOrDefault(List.of(reviewId, earlierId), List.of()));
        });
    }

    public List<ThemeCount> themes(ViewQuery query) {
        String s = generations.live().schema();
        if (query.board() == null) {
            return allBoards.themes(s, query.on());
        }
        return jdbc.query(sql(s, """
                select t.theme, count(distinct rec.review_id), count(*),
                       count(*) filter (where not rec.closed), count(*) filter (where rec.implemented)
                from {s}.view_recommendation_period rec cross join unnest(rec.themes) as t(theme)
                where rec.board = :board and rec.period @> cast(:d as date)
                group by t.theme order by t.theme collate "C\""""), params(query),
                (row, i) -> new ThemeCount(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5)));
    }

    /**
     * The board condition, only when a board is asked for: an "is null or" condition would let a cached generic
     * plan ignore the board index and read every board's rows.
     */
    private static String onBoard(ViewQuery query, String alias) {
        return query.board() == null ? " " : " and " + alias + "board = :board ";
    }

    private static String keyOf(ImplementationGrouping grouping) {
        return switch (grouping) {
            case THEME -> "t.theme";
            case REVIEW -> "rec.review_id::text";
            case BOARD -> "rec.board";
            case AGENCY -> throw new IllegalArgumentException("agency rows come from assignments");
        };
    }

    private static ActionItem item(ResultSet row, LocalDate on) throws SQLException {
        LocalDate dueOn = row.getObject("due_on", LocalDate.class);
        return new ActionItem(row.getObject("recommendation_id", UUID.class), row.getString("recommendation_reference"),
                row.getObject("review_id", UUID.class), row.getString("review_reference"), row.getString("agency"),
                row.getString("owner"), row.getObject("assigned_on", LocalDate.class), dueOn, dueOn.isBefore(on));
    }

    private static MapSqlParameterSource params(ViewQuery query) {
        return new MapSqlParameterSource().addValue("d", query.on()).addValue("board", query.board())
                .addValue("last_due_soon", Thresholds.lastDueSoon(query.on()));
    }

    /**
     * The query against a generation's schema (an enum's name, never user input). A view resolves the live
     * generation once, so all its queries read the same generation even when a rebuild swaps in between.
     */
    private static String sql(String schema, String template) {
        return template.replace("{s}", schema);
    }
}
