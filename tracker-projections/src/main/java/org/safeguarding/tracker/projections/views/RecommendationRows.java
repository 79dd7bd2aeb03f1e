package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safeguarding.tracker.projections.views.RecommendationFacts.Assignment;
import org.safeguarding.tracker.projections.views.RecommendationFacts.DueChange;
import org.safeguarding.tracker.projections.views.RecommendationFacts.Evidence;

/**
 * The period-shaped rows the views read for one recommendation, derived from its facts alone: its status over
 * time, its assignments' open periods split where the due date changes, and its evidence awaiting a decision
 * while the assignment is open. Deterministic, so a replay derives the same rows.
 */
public record RecommendationRows(RecommendationFacts facts, List<StatusTimeline.Period> statuses,
                                 List<OpenPeriod> openPeriods, List<OpenItem> openItems,
                                 List<PendingEvidence> pendingEvidence) {

    /** An assignment open (assigned, not completed, its recommendation not closed) over a span. */
    public record OpenPeriod(Assignment assignment, Span span) {
    }

    /** An open assignment over a span in which its due date on each date is {@code dueOn}. */
    public record OpenItem(Assignment assignment, Span span, LocalDate dueOn, LocalDate firstEvidenceOn) {
    }

    /** Evidence submitted and not yet decided, on an open assignment, over a span. */
    public record PendingEvidence(Evidence evidence, Span span) {
    }

    public static RecommendationRows of(RecommendationFacts facts) {
        List<StatusTimeline.Period> statuses = StatusTimeline.statusPeriods(facts.raisedOn(), facts.closures());
        List<OpenPeriod> open = new ArrayList<>();
        List<OpenItem> items = new ArrayList<>();
        for (Assignment assignment : facts.assignments()) {
            List<Span> dues = new ArrayList<>();
            List<LocalDate> dueOn = new ArrayList<>();
            dueSchedule(assignment, facts.dueChanges(), dues, dueOn);
            LocalDate firstEvidence = facts.evidence().stream()
                    .filter(e -> e.agency().equals(assignment.agency()))
                    .map(Evidence::submittedOn).min(Comparator.naturalOrder()).orElse(null);
            for (StatusTimeline.Period period : StatusTimeline.openPeriods(assignment.assignedOn(),
                    assignment.completedOn(), statuses)) {
                Span span = new Span(period.from(), period.until());
                open.add(new OpenPeriod(assignment, span));
                for (int i = 0; i < dues.size(); i++) {
                    Span part = span.intersect(dues.get(i));
                    if (part != null) {
                        items.add(new OpenItem(assignment, part, dueOn.get(i), firstEvidence));
                    }
                }
            }
        }
        List<PendingEvidence> pending = new ArrayList<>();
        for (Evidence evidence : facts.evidence()) {
            Span awaiting = new Span(evidence.submittedOn(), evidence.decidedOn());
            if (evidence.decidedOn() != null && !evidence.submittedOn().isBefore(evidence.decidedOn())) {
                continue;
            }
            for (OpenPeriod period : open) {
                Span part = period.assignment().agency().equals(evidence.agency()) ? period.span().intersect(awaiting)
                        : null;
                if (part != null) {
                    pending.add(new PendingEvidence(evidence, part));
                }
            }
        }
        return new RecommendationRows(facts, statuses, open, items, pending);
    }

    /**
     * The assignment's due date by business date: its original {@code dueOn} until the first change, then on
     * each change date the last change recorded for that date.
     */
    private static void dueSchedule(Assignment assignment, List<DueChange> changes, List<Span> spans,
                                    List<LocalDate> dueOn) {
        List<DueChange> ordered = changes.stream().filter(c -> c.agency().equals(assignment.agency()))
                .sorted(Comparator.comparing(DueChange::changedOn).thenComparingLong(DueChange::sequence)).toList();
        LocalDate from = null;
        LocalDate current = assignment.dueOn();
        for (int i = 0; i < ordered.size(); i++) {
            DueChange change = ordered.get(i);
            if (i + 1 < ordered.size() && ordered.get(i + 1).changedOn().equals(change.changedOn())) {
                continue;
            }
            spans.add(new Span(from, change.changedOn()));
            dueOn.add(current);
            from = change.changedOn();
            current = change.dueOn();
        }
        spans.add(new Span(from, null));
        dueOn.add(current);
    }
}
