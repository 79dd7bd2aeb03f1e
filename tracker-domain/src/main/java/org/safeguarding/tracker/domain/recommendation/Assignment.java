package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;

/** An agency's action on a recommendation. {@code dueOn} is the latest due date recorded. */
public record Assignment(String agency, String owner, LocalDate assignedOn, LocalDate dueOn, AssignmentStatus status,
                         LocalDate completedOn) {

    public boolean isCompleted() {
        return completedOn != null;
    }

    Assignment withDueOn(LocalDate newDueOn) {
        return new Assignment(agency, owner, assignedOn, newDueOn, status, completedOn);
    }

    Assignment completedOn(LocalDate date) {
        return isCompleted() ? this : new Assignment(agency, owner, assignedOn, dueOn, status, date);
    }

    Assignment withStatus(AssignmentStatus newStatus) {
        return new Assignment(agency, owner, assignedOn, dueOn, newStatus, completedOn);
    }
}
