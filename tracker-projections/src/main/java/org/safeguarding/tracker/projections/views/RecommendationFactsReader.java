package org.safeguarding.tracker.projections.views;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one recommendation's facts from a generation's tables (its own rows, written by its own segment), in
 * one round trip: the five tables' rows come as one result, each row tagged with the table it came from.
 */
final class RecommendationFactsReader {

    private static final String QUERY = """
            select 'R', board, review_reference, reference, review_id, raised_on, null::date, null::date,
                   null::bigint, null::boolean, themes
            from %1$s.view_recommendation where recommendation_id = ?
            union all
            select 'A', agency, owner, null, null, assigned_on, due_on, completed_on, null, null, null
            from %1$s.view_assignment where recommendation_id = ?
            union all
            select 'D', agency, null, null, null, changed_on, due_on, null, sequence, null, null
            from %1$s.view_due_date_change where recommendation_id = ?
            union all
            select 'C', outcome, null, null, null, happened_on, null, null, sequence, closed, null
            from %1$s.view_closure where recommendation_id = ?
            union all
            select 'E', agency, null, null, evidence_id, submitted_on, decided_on, null, null, null, null
            from %1$s.view_evidence where recommendation_id = ?""";

    private final JdbcTemplate jdbc;
    private final String query;

    RecommendationFactsReader(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.query = QUERY.formatted(schema);
    }

    /** The recommendation's rows, or {@code null} before it is raised. */
    RecommendationRows rows(UUID id) {
        RecommendationFacts facts = facts(id);
        return facts == null ? null : RecommendationRows.of(facts);
    }

    RecommendationFacts facts(UUID id) {
        return jdbc.query(query, result -> {
            Collected collected = new Collected();
            while (result.next()) {
                collected.add(result);
            }
            return collected.facts(id);
        }, id, id, id, id, id);
    }

    /** The rows of one result, sorted into the facts' lists. */
    private static final class Collected {
        private String board;
        private String reviewReference;
        private String reference;
        private UUID reviewId;
        private LocalDate raisedOn;
        private List<String> themes;
        private final List<RecommendationFacts.Assignment> assignments = new ArrayList<>();
        private final List<RecommendationFacts.DueChange> dueChanges = new ArrayList<>();
        private final List<StatusTimeline.Change> closures = new ArrayList<>();
        private final List<RecommendationFacts.Evidence> evidence = new ArrayList<>();

        void add(ResultSet row) throws SQLException {
            switch (row.getString(1)) {
                case "R" -> {
                    board = row.getString(2);
                    reviewReference = row.getString(3);
                    reference = row.getString(4);
                    reviewId = row.getObject(5, UUID.class);
                    raisedOn = row.getObject(6, LocalDate.class);
                    themes = themes(row.getArray(11));
                }
                case "A" -> assignments.add(new RecommendationFacts.Assignment(row.getString(2), row.getString(3),
                        date(row, 6), date(row, 7), date(row, 8)));
                case "D" -> dueChanges.add(new RecommendationFacts.DueChange(row.getString(2), row.getLong(9),
                        date(row, 6), date(row, 7)));
                case "C" -> closures.add(new StatusTimeline.Change(date(row, 6), row.getLong(9), row.getBoolean(10),
                        row.getString(2)));
                case "E" -> evidence.add(new RecommendationFacts.Evidence(row.getObject(5, UUID.class),
                        row.getString(2), date(row, 6), date(row, 7)));
                default -> throw new IllegalStateException("unknown fact kind " + row.getString(1));
            }
        }

        RecommendationFacts facts(UUID id) {
            if (raisedOn == null) {
                return null;
            }
            assignments.sort(Comparator.comparing(RecommendationFacts.Assignment::agency));
            dueChanges.sort(Comparator.comparingLong(RecommendationFacts.DueChange::sequence));
            closures.sort(Comparator.comparingLong(StatusTimeline.Change::sequence));
            evidence.sort(Comparator.comparing(RecommendationFacts.Evidence::id));
            return new RecommendationFacts(id, board, reviewId, reviewReference, reference, raisedOn, themes,
                    List.copyOf(assignments), List.copyOf(dueChanges), List.copyOf(closures), List.copyOf(evidence));
        }

        private static LocalDate date(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }

        private static List<String> themes(Array array) throws SQLException {
            return Arrays.asList((String[]) array.getArray());
        }
    }
}
