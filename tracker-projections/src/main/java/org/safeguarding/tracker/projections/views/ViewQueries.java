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

/**
 * Every view as one query over the live generation's period-shaped rows, for any business date {@code :d}
 * and board: the rows that hold on :d are found through a GiST index on their date ranges. "Latest" is by
 * business date, ties broken by recording order (the event's sequence).
 */
@Component
public class ViewQueries {

    private static final String OPEN_ASSIGNMENTS = """
            with open_assignment as (
                select a.recommendation_id, r.reference as recommendation_reference, r.review_id,
                       v.reference as review_reference, a.agency, a.owner, a.assigned_on,
                       coalesce((select d.due_on from {s}.view_due_date_change d
                                 where d.recommendation_id = a.recommendation_id and d.agency = a.agency
                                   and d.changed_on <= :d
                                 order by d.changed_on desc, d.sequence desc limit 1), a.due_on) as due_on
                from {s}.view_open_period p
                join {s}.view_assignment a on a.recommendation_id = p.recommendation_id and a.agency = p.agency
                join {s}.view_recommendation r on r.recommendation_id = p.recommendation_id
                join {s}.view_review v on v.review_id = r.review_id
                where daterange(p.open_from, p.open_until, '[)') @> cast(:d as date)
                  and (cast(:board as varchar) is null or v.board = :board)
            )
            """;

    private static final String ITEM_ORDER = " order by due_on, review_reference, recommendation_reference, agency";

    /** Recommendations raised on or before :d with their status on :d (from the latest closure or reopening). */
    private static final String RECOMMENDATIONS_ON = """
            with rec as (
                select r.recommendation_id, r.review_id, v.board, r.themes, r.raised_on, sp.closed,
                       sp.closed and sp.outcome = 'IMPLEMENTED' as implemented,
                       sp.closed_on - r.raised_on as days
                from {s}.view_status_period sp
                join {s}.view_recommendation r on r.recommendation_id = sp.recommendation_id
                join {s}.view_review v on v.review_id = r.review_id
                where daterange(sp.valid_from, sp.valid_until, '[)') @> cast(:d as date)
                  and (cast(:board as varchar) is null or v.board = :board)
            )
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ViewGenerations generations;

    public ViewQueries(NamedParameterJdbcTemplate jdbc, ViewGenerations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    public List<AgencyOutstanding> outstandingByAgency(ViewQuery query) {
        return jdbc.query(sql(OPEN_ASSIGNMENTS + """
                select o.agency, g.name, count(*) as open,
                       count(*) filter (where o.due_on < :d) as overdue,
                       count(*) filter (where o.due_on between :d and cast(:d as date) + 30) as due_soon,
                       min(o.assigned_on) as oldest
                from open_assignment o left join {s}.view_agency g on g.code = o.agency
                group by o.agency, g.name
                order by overdue desc, o.agency"""), params(query),
                (row, i) -> new AgencyOutstanding(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getObject(6, LocalDate.class)));
    }

    public List<ActionItem> outstandingActions(ViewQuery query, String agency) {
        return jdbc.query(sql(OPEN_ASSIGNMENTS + """
                        select * from open_assignment
                        where cast(:agency as varchar) is null or agency = :agency""" + ITEM_ORDER),
                params(query).addValue("agency", agency), (row, i) -> item(row, query.on()));
    }

    public ExceptionReport exceptions(ViewQuery query) {
        LocalDate on = query.on();
        List<ActionItem> overdue = new ArrayList<>();
        List<ActionItem> dueSoon = new ArrayList<>();
        List<ActionItem> noEvidence = new ArrayList<>();
        jdbc.query(sql(OPEN_ASSIGNMENTS + """
                select o.*, exists (select 1 from {s}.view_evidence e
                                    where e.recommendation_id = o.recommendation_id and e.agency = o.agency
                                      and e.submitted_on <= :d) as evidenced
                from open_assignment o""" + ITEM_ORDER), params(query), row -> {
            ActionItem item = item(row, on);
            if (item.overdue()) {
                overdue.add(item);
            } else if (!item.dueOn().isAfter(on.plusDays(30))) {
                dueSoon.add(item);
            }
            if (item.assignedOn().isBefore(on.minusDays(90)) && !row.getBoolean("evidenced")) {
                noEvidence.add(item);
            }
        });
        List<AwaitingAssurance> awaiting = jdbc.query(sql(OPEN_ASSIGNMENTS + """
                        select o.recommendation_id, o.recommendation_reference, o.review_reference, o.agency,
                               e.evidence_id, e.submitted_on
                        from open_assignment o
                        join {s}.view_evidence e on e.recommendation_id = o.recommendation_id and e.agency = o.agency
                        where e.submitted_on <= :d and (e.decided_on is null or e.decided_on > :d)
                        order by e.submitted_on, o.review_reference, o.recommendation_reference, o.agency"""),
                params(query), (row, i) -> new AwaitingAssurance(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getObject(5, UUID.class),
                        row.getObject(6, LocalDate.class)));
        return new ExceptionReport(overdue, dueSoon, awaiting, noEvidence);
    }

    public List<ImplementationTime> timeToImplementation(ViewQuery query, ImplementationGrouping grouping) {
        String sql = grouping == ImplementationGrouping.AGENCY ? OPEN_ASSIGNMENTS + """
                , completed as (
                    select a.agency as key, a.completed_on - a.assigned_on as days
                    from {s}.view_assignment a
                    join {s}.view_recommendation r on r.recommendation_id = a.recommendation_id
                    join {s}.view_review v on v.review_id = r.review_id
                    where a.completed_on <= :d and (cast(:board as varchar) is null or v.board = :board)
                ), done as (
                    select key, count(*) as completed,
                           percentile_cont(0.5) within group (order by days) as median,
                           percentile_cont(0.9) within group (order by days) as p90,
                           avg(days)::float8 as mean
                    from completed group by key
                ), pending as (
                    select agency as key, count(*) as open, (cast(:d as date) - min(assigned_on))::bigint as oldest
                    from open_assignment group by agency
                )
                select coalesce(done.key, pending.key) as key, coalesce(done.completed, 0), done.median, done.p90,
                       done.mean, coalesce(pending.open, 0), pending.oldest
                from done full join pending on pending.key = done.key
                order by 1""" : RECOMMENDATIONS_ON + """
                select %s as key,
                       count(*) filter (where implemented) as completed,
                       percentile_cont(0.5) within group (order by days) filter (where implemented),
                       percentile_cont(0.9) within group (order by days) filter (where implemented),
                       (avg(days) filter (where implemented))::float8,
                       count(*) filter (where not closed) as open,
                       (cast(:d as date) - min(raised_on) filter (where not closed))::bigint
                from rec %s
                group by 1
                having count(*) filter (where implemented) > 0 or count(*) filter (where not closed) > 0
                order by 1""".formatted(keyOf(grouping),
                grouping == ImplementationGrouping.THEME ? "cross join unnest(rec.themes) as t(theme)" : "");
        return jdbc.query(sql(sql), params(query), (row, i) -> new ImplementationTime(row.getString(1),
                row.getLong(2), row.getObject(3, Double.class), row.getObject(4, Double.class),
                row.getObject(5, Double.class), row.getLong(6), row.getObject(7, Long.class)));
    }

    public List<ReReferralLink> reReferrals(ViewQuery query) {
        Map<List<UUID>, List<ReReferralLink.OpenRecommendation>> open = new LinkedHashMap<>();
        jdbc.query(sql("""
                select l.review_id, l.earlier_review_id, r.recommendation_id, r.reference, r.text
                from {s}.view_re_referral l
                join {s}.view_review v on v.review_id = l.review_id
                join {s}.view_recommendation r on r.review_id = l.earlier_review_id
                join {s}.view_status_period sp on sp.recommendation_id = r.recommendation_id
                 and daterange(sp.valid_from, sp.valid_until, '[)') @> l.referred_on and not sp.closed
                where l.referred_on <= :d and (cast(:board as varchar) is null or v.board = :board)
                order by r.reference, r.recommendation_id"""), params(query), row -> {
            open.computeIfAbsent(List.of(row.getObject(1, UUID.class), row.getObject(2, UUID.class)),
                    key -> new ArrayList<>()).add(new ReReferralLink.OpenRecommendation(
                    row.getObject(3, UUID.class), row.getString(4), row.getString(5)));
        });
        return jdbc.query(sql("""
                select l.review_id, v.reference, l.earlier_review_id, e.reference, l.referred_on
                from {s}.view_re_referral l
                join {s}.view_review v on v.review_id = l.review_id
                join {s}.view_review e on e.review_id = l.earlier_review_id
                where l.referred_on <= :d and (cast(:board as varchar) is null or v.board = :board)
                order by l.referred_on, v.reference, e.reference"""), params(query), (row, i) -> {
            UUID reviewId = row.getObject(1, UUID.class);
            UUID earlierId = row.getObject(3, UUID.class);
            return new ReReferralLink(reviewId, row.getString(2), earlierId, row.getString(4),
                    row.getObject(5, LocalDate.class), open.getOrDefault(List.of(reviewId, earlierId), List.of()));
        });
    }

    public List<ThemeCount> themes(ViewQuery query) {
        return jdbc.query(sql(RECOMMENDATIONS_ON + """
                select t.theme, count(distinct rec.review_id), count(*),
                       count(*) filter (where not rec.closed), count(*) filter (where rec.implemented)
                from rec cross join unnest(rec.themes) as t(theme)
                group by t.theme order by t.theme"""), params(query),
                (row, i) -> new ThemeCount(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5)));
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
        return new MapSqlParameterSource().addValue("d", query.on()).addValue("board", query.board());
    }

    /** The query against the live generation's schema (an enum's name, never user input). */
    private String sql(String template) {
        return template.replace("{s}", generations.live().schema());
    }
}
