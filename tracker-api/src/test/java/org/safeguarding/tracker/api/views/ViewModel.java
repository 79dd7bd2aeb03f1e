package org.safeguarding.tracker.api.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An independent, pure-Java calculation of every view of the contract from the commands a test sent. It
 * knows nothing of the service but the ids the service handed out; each view is the contract's definition
 * written out literally, over business dates:
 * <ul>
 * <li>"latest" = latest by business date, ties broken by recording order;</li>
 * <li>a recommendation is closed on D when its latest closure or reopening dated on or before D is a closure;</li>
 * <li>an assignment is open on D when assignedOn &lt;= D, it was not completed on or before D, and its
 * recommendation is not closed on D; its due date on D is the dueOn of its latest due-date change with
 * changedOn &lt;= D, else its original dueOn; overdue when open and due &lt; D; due soon when open and
 * D &lt;= due &lt;= D + 30.</li>
 * </ul>
 * Commands are recorded from several threads; every method is synchronized. The recording order is one
 * counter over all recorded commands, so it orders the commands of one recommendation as they were sent.
 */
public final class ViewModel {

    // ---- what was recorded ----

    public record Review(String id, String board, String reference, LocalDate commissionedOn) {
    }

    /** A closure (closed = true, with its outcome) or a reopening (closed = false), with its business date. */
    public record Mark(LocalDate date, long order, boolean closed, String outcome) {
    }

    public record DueChange(LocalDate changedOn, long order, LocalDate dueOn) {
    }

    public static final class Assignment {
        final String agency;
        final String owner;
        final LocalDate assignedOn;
        final LocalDate dueOn;
        final List<DueChange> changes = new ArrayList<>();
        LocalDate completedOn;

        Assignment(String agency, String owner, LocalDate assignedOn, LocalDate dueOn) {
            this.agency = agency;
            this.owner = owner;
            this.assignedOn = assignedOn;
            this.dueOn = dueOn;
        }

        public String agency() {
            return agency;
        }

        public LocalDate assignedOn() {
            return assignedOn;
        }

        public LocalDate completedOn() {
            return completedOn;
        }

        public List<DueChange> changes() {
            return List.copyOf(changes);
        }
    }

    public static final class Evidence {
        final String id;
        final String agency;
        final LocalDate submittedOn;
        LocalDate decidedOn;
        String decision;

        Evidence(String id, String agency, LocalDate submittedOn) {
            this.id = id;
            this.agency = agency;
            this.submittedOn = submittedOn;
        }

        public String decision() {
            return decision;
        }

        public LocalDate submittedOn() {
            return submittedOn;
        }

        public LocalDate decidedOn() {
            return decidedOn;
        }
    }

    public static final class Recommendation {
        final String id;
        final String reviewId;
        final String reference;
        final String text;
        final List<String> themes;
        final LocalDate raisedOn;
        final List<Mark> marks = new ArrayList<>();
        final Map<String, Assignment> assignments = new LinkedHashMap<>();
        final List<Evidence> evidence = new ArrayList<>();

        Recommendation(String id, String reviewId, String reference, String text, List<String> themes,
                       LocalDate raisedOn) {
            this.id = id;
            this.reviewId = reviewId;
            this.reference = reference;
            this.text = text;
            this.themes = List.copyOf(new LinkedHashSet<>(themes));
            this.raisedOn = raisedOn;
        }

        public String id() {
            return id;
        }

        public String reviewId() {
            return reviewId;
        }

        public LocalDate raisedOn() {
            return raisedOn;
        }

        public List<Mark> marks() {
            return List.copyOf(marks);
        }

        public Collection<Assignment> assignments() {
            return List.copyOf(assignments.values());
        }

        public List<Evidence> evidence() {
            return List.copyOf(evidence);
        }
    }

    public record ReReferral(String reviewId, String earlierReviewId, LocalDate referredOn) {
    }

    private final Map<String, String> agencyNames = new HashMap<>();
    private final Map<String, Review> reviews = new LinkedHashMap<>();
    private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
    private final List<ReReferral> reReferrals = new ArrayList<>();
    private long recorded;

    public synchronized void agency(String code, String name) {
        agencyNames.put(code, name);
    }

    public synchronized void review(String id, String board, String reference, LocalDate commissionedOn) {
        reviews.put(id, new Review(id, board, reference, commissionedOn));
    }

    public synchronized void raised(String id, String reviewId, String reference, String text, List<String> themes,
                                    LocalDate raisedOn) {
        require(reviews.containsKey(reviewId), "unknown review " + reviewId);
        recommendations.put(id, new Recommendation(id, reviewId, reference, text, themes, raisedOn));
    }

    public synchronized void assigned(String recommendationId, String agency, String owner, LocalDate assignedOn,
                                      LocalDate dueOn) {
        Recommendation recommendation = recommendation(recommendationId);
        require(!recommendation.assignments.containsKey(agency), "assigned twice");
        recommendation.assignments.put(agency, new Assignment(agency, owner, assignedOn, dueOn));
    }

    public synchronized void dueDateChanged(String recommendationId, String agency, LocalDate dueOn,
                                            LocalDate changedOn) {
        assignment(recommendationId, agency).changes.add(new DueChange(changedOn, ++recorded, dueOn));
    }

    public synchronized void evidenceSubmitted(String recommendationId, String evidenceId, String agency,
                                               LocalDate submittedOn) {
        assignment(recommendationId, agency);
        recommendation(recommendationId).evidence.add(new Evidence(evidenceId, agency, submittedOn));
    }

    /** The first accepted piece completes the assignment on its decidedOn; later acceptances do not move it. */
    public synchronized void decided(String recommendationId, String evidenceId, String decision,
                                     LocalDate decidedOn) {
        Recommendation recommendation = recommendation(recommendationId);
        Evidence evidence = recommendation.evidence.stream().filter(e -> e.id.equals(evidenceId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown evidence " + evidenceId));
        require(evidence.decision == null, "decided twice");
        evidence.decision = decision;
        evidence.decidedOn = decidedOn;
        Assignment assignment = recommendation.assignments.get(evidence.agency);
        if ("ACCEPTED".equals(decision) && assignment.completedOn == null) {
            assignment.completedOn = decidedOn;
        }
    }

    public synchronized void closed(String recommendationId, String outcome, LocalDate closedOn) {
        recommendation(recommendationId).marks.add(new Mark(closedOn, ++recorded, true, outcome));
    }

    public synchronized void reopened(String recommendationId, LocalDate reopenedOn) {
        recommendation(recommendationId).marks.add(new Mark(reopenedOn, ++recorded, false, null));
    }

    public synchronized void reReferral(String reviewId, String earlierReviewId, LocalDate referredOn) {
        require(reviews.containsKey(reviewId) && reviews.containsKey(earlierReviewId), "unknown review");
        reReferrals.add(new ReReferral(reviewId, earlierReviewId, referredOn));
    }

    // ---- what the tests may ask of the record ----

    public synchronized Set<String> agencies() {
        return Set.copyOf(agencyNames.keySet());
    }

    public synchronized Set<String> boards() {
        Set<String> boards = new LinkedHashSet<>();
        reviews.values().forEach(r -> boards.add(r.board()));
        return boards;
    }

    public synchronized Set<String> reviewIds() {
        return Set.copyOf(reviews.keySet());
    }

    public synchronized Set<String> themeCodes() {
        Set<String> themes = new LinkedHashSet<>();
        recommendations.values().forEach(r -> themes.addAll(r.themes));
        return themes;
    }

    public synchronized List<Recommendation> recommendations() {
        return List.copyOf(recommendations.values());
    }

    public synchronized List<ReReferral> reReferrals() {
        return List.copyOf(reReferrals);
    }

    public synchronized Review review(String id) {
        return reviews.get(id);
    }

    // ---- the contract's definitions ----

    /** The latest closure or reopening dated on or before {@code on}, by business date then recording order. */
    static Mark latestMark(Recommendation recommendation, LocalDate on) {
        return recommendation.marks.stream().filter(m -> !m.date().isAfter(on))
                .max(Comparator.comparing(Mark::date).thenComparingLong(Mark::order)).orElse(null);
    }

    static boolean closedOn(Recommendation recommendation, LocalDate on) {
        Mark latest = latestMark(recommendation, on);
        return latest != null && latest.closed();
    }

    /** The latest closure on {@code on} when it is an IMPLEMENTED closure, else null. */
    static Mark implementedOn(Recommendation recommendation, LocalDate on) {
        Mark latest = latestMark(recommendation, on);
        return latest != null && latest.closed() && "IMPLEMENTED".equals(latest.outcome()) ? latest : null;
    }

    static boolean completedBy(Assignment assignment, LocalDate on) {
        return assignment.completedOn != null && !assignment.completedOn.isAfter(on);
    }

    static boolean open(Recommendation recommendation, Assignment assignment, LocalDate on) {
        return !assignment.assignedOn.isAfter(on) && !completedBy(assignment, on) && !closedOn(recommendation, on);
    }

    static LocalDate dueOn(Assignment assignment, LocalDate on) {
        return assignment.changes.stream().filter(c -> !c.changedOn().isAfter(on))
                .max(Comparator.comparing(DueChange::changedOn).thenComparingLong(DueChange::order))
                .map(DueChange::dueOn).orElse(assignment.dueOn);
    }

    static boolean overdue(Recommendation recommendation, Assignment assignment, LocalDate on) {
        return open(recommendation, assignment, on) && dueOn(assignment, on).isBefore(on);
    }

    static boolean dueSoon(Recommendation recommendation, Assignment assignment, LocalDate on) {
        LocalDate due = dueOn(assignment, on);
        return open(recommendation, assignment, on) && !due.isBefore(on) && !due.isAfter(on.plusDays(30));
    }

    private boolean onBoard(Recommendation recommendation, String board) {
        return board == null || reviews.get(recommendation.reviewId).board().equals(board);
    }

    // ---- the views' rows ----

    public record AgencyRow(String agency, String agencyName, long open, long overdue, long dueWithin30Days,
                            LocalDate oldestOpenSince) {
    }

    public record ActionItem(String recommendationId, String recommendationReference, String reviewId,
                             String reviewReference, String agency, String owner, LocalDate assignedOn,
                             LocalDate dueOn, boolean overdue) {
        public String key() {
            return recommendationId + "/" + agency;
        }
    }

    public record TimeRow(String key, long completed, Double medianDays, Double p90Days, Double meanDays, long open,
                          Long oldestOpenDays) {
    }

    public record OpenAtReferral(String recommendationId, String reference, String text) {
    }

    public record ReReferralRow(String reviewId, String reviewReference, String earlierReviewId,
                                String earlierReviewReference, LocalDate referredOn, Set<OpenAtReferral> openAtReferral) {
        public String key() {
            return reviewId + "<-" + earlierReviewId;
        }
    }

    public record AwaitingRow(String recommendationId, String recommendationReference, String reviewReference,
                              String agency, String evidenceId, LocalDate submittedOn) {
    }

    public record Exceptions(List<ActionItem> overdue, List<ActionItem> dueSoon, List<AwaitingRow> awaitingAssurance,
                             List<ActionItem> noEvidence) {
    }

    public record ThemeRow(String theme, long reviews, long recommendations, long open, long implemented) {
    }

    public enum GroupBy { AGENCY, THEME, REVIEW, BOARD }

    private ActionItem item(Recommendation recommendation, Assignment assignment, LocalDate on) {
        Review review = reviews.get(recommendation.reviewId);
        return new ActionItem(recommendation.id, recommendation.reference, review.id(), review.reference(),
                assignment.agency, assignment.owner, assignment.assignedOn, dueOn(assignment, on),
                overdue(recommendation, assignment, on));
    }

    private static final Comparator<ActionItem> BY_DUE_DATE = Comparator.comparing(ActionItem::dueOn)
            .thenComparing(ActionItem::recommendationId).thenComparing(ActionItem::agency);

    /** Agencies with an open assignment on D, most overdue first, then agency code. */
    public synchronized List<AgencyRow> outstandingByAgency(LocalDate on, String board) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, LocalDate> oldest = new HashMap<>();
        for (Recommendation recommendation : recommendations.values()) {
            if (!onBoard(recommendation, board)) {
                continue;
            }
            for (Assignment assignment : recommendation.assignments.values()) {
                if (!open(recommendation, assignment, on)) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(assignment.agency, a -> new long[3]);
                c[0]++;
                if (overdue(recommendation, assignment, on)) {
                    c[1]++;
                }
                if (dueSoon(recommendation, assignment, on)) {
                    c[2]++;
                }
                oldest.merge(assignment.agency, assignment.assignedOn, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<AgencyRow> rows = new ArrayList<>();
        counts.forEach((agency, c) -> rows.add(new AgencyRow(agency, agencyNames.get(agency), c[0], c[1], c[2],
                oldest.get(agency))));
        rows.sort(Comparator.comparingLong(AgencyRow::overdue).reversed().thenComparing(AgencyRow::agency));
        return rows;
    }

    /** The open action items on D (of one agency when {@code agency} is not null), earliest due first. */
    public synchronized List<ActionItem> outstandingActions(LocalDate on, String board, String agency) {
        List<ActionItem> items = new ArrayList<>();
        for (Recommendation recommendation : recommendations.values()) {
            if (!onBoard(recommendation, board)) {
                continue;
            }
            for (Assignment assignment : recommendation.assignments.values()) {
                if ((agency == null || agency.equals(assignment.agency)) && open(recommendation, assignment, on)) {
                    items.add(item(recommendation, assignment, on));
                }
            }
        }
        items.sort(BY_DUE_DATE);
        return items;
    }

    public synchronized List<TimeRow> timeToImplementation(LocalDate on, String board, GroupBy groupBy) {
        Map<String, List<Long>> completed = new TreeMap<>();
        Map<String, Long> open = new TreeMap<>();
        Map<String, LocalDate> oldest = new HashMap<>();
        for (Recommendation recommendation : recommendations.values()) {
            if (!onBoard(recommendation, board)) {
                continue;
            }
            if (groupBy == GroupBy.AGENCY) {
                for (Assignment assignment : recommendation.assignments.values()) {
                    String key = assignment.agency;
                    if (completedBy(assignment, on)) {
                        completed.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(ChronoUnit.DAYS.between(assignment.assignedOn, assignment.completedOn));
                    }
                    if (open(recommendation, assignment, on)) {
                        open.merge(key, 1L, Long::sum);
                        oldest.merge(key, assignment.assignedOn, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
                continue;
            }
            List<String> keys = switch (groupBy) {
                case THEME -> recommendation.themes;
                case REVIEW -> List.of(recommendation.reviewId);
                case BOARD -> List.of(reviews.get(recommendation.reviewId).board());
                case AGENCY -> throw new IllegalStateException();
            };
            Mark implemented = implementedOn(recommendation, on);
            boolean isOpen = !recommendation.raisedOn.isAfter(on) && !closedOn(recommendation, on);
            for (String key : keys) {
                if (implemented != null) {
                    completed.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(ChronoUnit.DAYS.between(recommendation.raisedOn, implemented.date()));
                }
                if (isOpen) {
                    open.merge(key, 1L, Long::sum);
                    oldest.merge(key, recommendation.raisedOn, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        Set<String> keys = new java.util.TreeSet<>(completed.keySet());
        keys.addAll(open.keySet());
        List<TimeRow> rows = new ArrayList<>();
        for (String key : keys) {
            List<Long> days = completed.getOrDefault(key, List.of()).stream().sorted().toList();
            long openCount = open.getOrDefault(key, 0L);
            rows.add(new TimeRow(key, days.size(), percentileCont(days, 0.5), percentileCont(days, 0.9),
                    days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow(),
                    openCount, openCount == 0 ? null : ChronoUnit.DAYS.between(oldest.get(key), on)));
        }
        return rows;
    }

    /** PostgreSQL percentile_cont: over sorted values v[0..n-1], the value at position p(n-1), interpolated. */
    static Double percentileCont(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double low = sorted.get(lower);
        double high = sorted.get(upper);
        return low + (position - lower) * (high - low);
    }

    /** Links with referredOn &lt;= D; the earlier review's recommendations open at the referral date. */
    public synchronized List<ReReferralRow> reReferrals(LocalDate on, String board) {
        List<ReReferralRow> rows = new ArrayList<>();
        for (ReReferral link : reReferrals) {
            Review review = reviews.get(link.reviewId());
            Review earlier = reviews.get(link.earlierReviewId());
            if (link.referredOn().isAfter(on) || (board != null && !review.board().equals(board))) {
                continue;
            }
            Set<OpenAtReferral> openAtReferral = new LinkedHashSet<>();
            for (Recommendation recommendation : recommendations.values()) {
                if (recommendation.reviewId.equals(earlier.id()) && !recommendation.raisedOn.isAfter(link.referredOn())
                        && !closedOn(recommendation, link.referredOn())) {
                    openAtReferral.add(new OpenAtReferral(recommendation.id, recommendation.reference,
                            recommendation.text));
                }
            }
            rows.add(new ReReferralRow(review.id(), review.reference(), earlier.id(), earlier.reference(),
                    link.referredOn(), openAtReferral));
        }
        return rows;
    }

    public synchronized Exceptions exceptions(LocalDate on, String board) {
        List<ActionItem> overdue = new ArrayList<>();
        List<ActionItem> dueSoon = new ArrayList<>();
        List<AwaitingRow> awaiting = new ArrayList<>();
        List<ActionItem> noEvidence = new ArrayList<>();
        for (Recommendation recommendation : recommendations.values()) {
            if (!onBoard(recommendation, board)) {
                continue;
            }
            Review review = reviews.get(recommendation.reviewId);
            for (Assignment assignment : recommendation.assignments.values()) {
                if (!open(recommendation, assignment, on)) {
                    continue;
                }
                if (overdue(recommendation, assignment, on)) {
                    overdue.add(item(recommendation, assignment, on));
                }
                if (dueSoon(recommendation, assignment, on)) {
                    dueSoon.add(item(recommendation, assignment, on));
                }
                boolean anyEvidence = recommendation.evidence.stream().anyMatch(e ->
                        e.agency.equals(assignment.agency) && !e.submittedOn.isAfter(on));
                if (assignment.assignedOn.isBefore(on.minusDays(90)) && !anyEvidence) {
                    noEvidence.add(item(recommendation, assignment, on));
                }
            }
            for (Evidence evidence : recommendation.evidence) {
                boolean undecidedOn = evidence.decidedOn == null || evidence.decidedOn.isAfter(on);
                if (!evidence.submittedOn.isAfter(on) && undecidedOn
                        && open(recommendation, recommendation.assignments.get(evidence.agency), on)) {
                    awaiting.add(new AwaitingRow(recommendation.id, recommendation.reference, review.reference(),
                            evidence.agency, evidence.id, evidence.submittedOn));
                }
            }
        }
        overdue.sort(BY_DUE_DATE);
        dueSoon.sort(BY_DUE_DATE);
        noEvidence.sort(BY_DUE_DATE);
        awaiting.sort(Comparator.comparing(AwaitingRow::evidenceId));
        return new Exceptions(overdue, dueSoon, awaiting, noEvidence);
    }

    /** Over recommendations raised on or before D: per theme, reviews, recommendations, open, implemented. */
    public synchronized List<ThemeRow> themes(LocalDate on, String board) {
        Map<String, Set<String>> reviewsOf = new TreeMap<>();
        Map<String, long[]> counts = new HashMap<>();
        for (Recommendation recommendation : recommendations.values()) {
            if (!onBoard(recommendation, board) || recommendation.raisedOn.isAfter(on)) {
                continue;
            }
            for (String theme : recommendation.themes) {
                reviewsOf.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(recommendation.reviewId);
                long[] c = counts.computeIfAbsent(theme, t -> new long[3]);
                c[0]++;
                if (!closedOn(recommendation, on)) {
                    c[1]++;
                }
                if (implementedOn(recommendation, on) != null) {
                    c[2]++;
                }
            }
        }
        List<ThemeRow> rows = new ArrayList<>();
        reviewsOf.forEach((theme, ids) -> {
            long[] c = counts.get(theme);
            rows.add(new ThemeRow(theme, ids.size(), c[0], c[1], c[2]));
        });
        return rows;
    }

    // ---- helpers ----

    private Recommendation recommendation(String id) {
        return Objects.requireNonNull(recommendations.get(id), () -> "unknown recommendation " + id);
    }

    private Assignment assignment(String recommendationId, String agency) {
        return Objects.requireNonNull(recommendation(recommendationId).assignments.get(agency),
                () -> "no assignment of " + agency + " on " + recommendationId);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
