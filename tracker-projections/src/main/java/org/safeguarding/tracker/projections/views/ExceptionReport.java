package org.safeguarding.tracker.projections.views;

import java.util.List;

/** What a board meeting looks at by exception on a date. */
public record ExceptionReport(List<ActionItem> overdue, List<ActionItem> dueSoon,
                              List<AwaitingAssurance> awaitingAssurance, List<ActionItem> noEvidence) {
}
