package org.safeguarding.tracker.api.web.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguarding.tracker.projections.views.ActionItem;
import org.safeguarding.tracker.projections.views.ExceptionReport;
import org.safeguarding.tracker.projections.views.ReReferralLink;

/** Flat rows for the two views whose JSON nests lists, so that their CSV has one table. */
final class ViewRows {

    record ExceptionRow(String list, UUID recommendationId, String recommendationReference, UUID reviewId,
                        String reviewReference, String agency, String owner, LocalDate assignedOn, LocalDate dueOn,
                        Boolean overdue, UUID evidenceId, LocalDate submittedOn) {
    }

    record ReReferralRow(UUID reviewId, String reviewReference, UUID earlierReviewId, String earlierReviewReference,
                         LocalDate referredOn, UUID openRecommendationId, String openRecommendationReference,
                         String openRecommendationText) {
    }

    private ViewRows() {
    }

    static CsvTable exceptions(ExceptionReport report) {
        List<ExceptionRow> rows = new ArrayList<>();
        items(rows, "overdue", report.overdue());
        items(rows, "dueSoon", report.dueSoon());
        report.awaitingAssurance().forEach(a -> rows.add(new ExceptionRow("awaitingAssurance", a.recommendationId(),
                a.recommendationReference(), null, a.reviewReference(), a.agency(), null, null, null, null,
                a.evidenceId(), a.submittedOn())));
        items(rows, "noEvidence", report.noEvidence());
        return CsvTable.of(ExceptionRow.class, rows);
    }

    static CsvTable reReferrals(List<ReReferralLink> links) {
        List<ReReferralRow> rows = new ArrayList<>();
        for (ReReferralLink link : links) {
            if (link.openAtReferral().isEmpty()) {
                rows.add(new ReReferralRow(link.reviewId(), link.reviewReference(), link.earlierReviewId(),
                        link.earlierReviewReference(), link.referredOn(), null, null, null));
            }
            link.openAtReferral().forEach(open -> rows.add(new ReReferralRow(link.reviewId(), link.reviewReference(),
                    link.earlierReviewId(), link.earlierReviewReference(), link.referredOn(),
                    open.recommendationId(), open.reference(), open.text())));
        }
        return CsvTable.of(ReReferralRow.class, rows);
    }

    private static void items(List<ExceptionRow> rows, String list, List<ActionItem> items) {
        items.forEach(i -> rows.add(new ExceptionRow(list, i.recommendationId(), i.recommendationReference(),
                i.reviewId(), i.reviewReference(), i.agency(), i.owner(), i.assignedOn(), i.dueOn(), i.overdue(),
                null, null)));
    }
}
