package org.safeguarding.tracker.projections.views;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the views derive from one recommendation: its rows as they stand in one generation's tables. */
public record RecommendationFacts(UUID id, String board, UUID reviewId, String reviewReference, String reference,
                                  LocalDate raisedOn, List<String> themes, List<Assignment> assignments,
                                  List<DueChange> dueChanges, List<StatusTimeline.Change> closures,
                                  List<Evidence> evidence) {

    public record Assignment(String agency, String owner, LocalDate assignedOn, LocalDate dueOn,
                             LocalDate completedOn) {
    }

    public record DueChange(String agency, long sequence, LocalDate changedOn, LocalDate dueOn) {
    }

    public record Evidence(UUID id, String agency, LocalDate submittedOn, LocalDate decidedOn) {
    }
}
