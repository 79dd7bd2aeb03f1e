package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguarding.tracker.domain.InMemoryRegistries;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.code.Theme;
import org.safeguarding.tracker.domain.review.ReviewEntry;

/** Ids, dates, commands and events shared by the recommendation tests; every date follows the one above it. */
final class RecommendationTestData {

    static final UUID REC = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final UUID OTHER_REC = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    static final UUID REVIEW = UUID.fromString("00000000-0000-0000-0000-0000000000cc");
    static final UUID E1 = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID E2 = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final UUID E3 = UUID.fromString("00000000-0000-0000-0000-0000000000e3");
    static final String BOARD = "LSCB-A";
    static final String REVIEW_REFERENCE = "SCR-2014-1";
    static final String REFERENCE = "4.3";
    static final String A = "POLICE";
    static final String B = "CSC";
    static final String UNASSIGNED = "EDUCATION";
    static final String UNREGISTERED = "NOBODY";

    static final LocalDate RAISED = LocalDate.of(2014, 1, 10);
    static final LocalDate RESPONDED = LocalDate.of(2014, 1, 20);
    static final LocalDate ASSIGNED = LocalDate.of(2014, 2, 1);
    static final LocalDate DUE = LocalDate.of(2014, 6, 30);
    static final LocalDate SUBMITTED = LocalDate.of(2014, 5, 1);
    static final LocalDate DECIDED = LocalDate.of(2014, 5, 15);
    static final LocalDate CLOSED = LocalDate.of(2014, 9, 1);
    static final LocalDate REOPENED = LocalDate.of(2015, 3, 1);

    private RecommendationTestData() {
    }

    /** Agencies A, B and UNASSIGNED registered; the review and OTHER_REC (reference "4.4") known. */
    static InMemoryRegistries registries() {
        return new InMemoryRegistries()
                .withAgency(A).withAgency(B).withAgency(UNASSIGNED)
                .withReview(new ReviewEntry(REVIEW, BOARD, REVIEW_REFERENCE, LocalDate.of(2013, 11, 1)))
                .withRecommendation(OTHER_REC, REVIEW, "4.4");
    }

    // commands

    static RaiseRecommendation raise(List<String> themes, Priority priority) {
        return new RaiseRecommendation(REC, REVIEW, REFERENCE, "ensure an escalation procedure",
                themes.stream().map(Theme::new).toList(), priority, RAISED);
    }

    /** Of NEGLECT with the default priority. */
    static RaiseRecommendation raise(UUID reviewId, String reference, LocalDate raisedOn) {
        return new RaiseRecommendation(REC, reviewId, reference, "text", List.of(new Theme("NEGLECT")), null,
                raisedOn);
    }

    static RecordBoardResponse respond(ResponseDecision decision, String reason, LocalDate on) {
        return new RecordBoardResponse(REC, decision, reason, on);
    }

    static AssignRecommendation assign(String agency, LocalDate dueOn, LocalDate assignedOn) {
        return new AssignRecommendation(REC, new AgencyCode(agency), "Head of service", dueOn, assignedOn);
    }

    static ChangeDueDate changeDueDate(String agency, LocalDate dueOn, LocalDate changedOn) {
        return new ChangeDueDate(REC, new AgencyCode(agency), dueOn, "audit delayed", changedOn);
    }

    static SubmitEvidence submit(UUID evidenceId, String agency, LocalDate on) {
        return new SubmitEvidence(REC, evidenceId, new AgencyCode(agency), "audit report", "https://board.example/a",
                on);
    }

    static DecideOnEvidence decide(UUID evidenceId, AssuranceDecision decision, LocalDate on) {
        return new DecideOnEvidence(REC, evidenceId, decision, "reviewed by subgroup", on);
    }

    static CloseRecommendation close(Outcome outcome, LocalDate on, UUID supersededBy) {
        return new CloseRecommendation(REC, outcome, "board minutes", on, supersededBy);
    }

    static ReopenRecommendation reopen(LocalDate on) {
        return new ReopenRecommendation(REC, "new review shows it did not stick", on);
    }

    // events

    static RecommendationRaised raised() {
        return raised(List.of("ESCALATION"), Priority.NORMAL);
    }

    /** Raised on the review of BOARD with reference REVIEW_REFERENCE, as the registry knows it. */
    static RecommendationRaised raised(List<String> themes, Priority priority) {
        return new RecommendationRaised(REC, REVIEW, BOARD, REVIEW_REFERENCE, REFERENCE,
                "ensure an escalation procedure", themes, priority, RAISED);
    }

    static BoardResponseRecorded responded() {
        return new BoardResponseRecorded(REC, ResponseDecision.ACCEPTED, null, RESPONDED);
    }

    static RecommendationAssigned assigned(String agency) {
        return new RecommendationAssigned(REC, agency, "Head of service", DUE, ASSIGNED);
    }

    static DueDateChanged dueDateChanged(String agency, LocalDate dueOn, LocalDate changedOn) {
        return new DueDateChanged(REC, agency, dueOn, "audit delayed", changedOn);
    }

    static EvidenceSubmitted submitted(UUID evidenceId, String agency, LocalDate on) {
        return new EvidenceSubmitted(REC, evidenceId, agency, "audit report", "https://board.example/a", on);
    }

    static EvidenceSubmitted submitted(UUID evidenceId, String agency) {
        return submitted(evidenceId, agency, SUBMITTED);
    }

    static EvidenceAccepted accepted(UUID evidenceId, String agency, LocalDate on) {
        return new EvidenceAccepted(REC, evidenceId, agency, "reviewed by subgroup", on);
    }

    static EvidenceAccepted accepted(UUID evidenceId, String agency) {
        return accepted(evidenceId, agency, DECIDED);
    }

    static EvidenceRejected rejected(UUID evidenceId, String agency, LocalDate on) {
        return new EvidenceRejected(REC, evidenceId, agency, "reviewed by subgroup", on);
    }

    static RecommendationClosed closed(Outcome outcome, LocalDate on, UUID supersededBy) {
        return new RecommendationClosed(REC, outcome, "board minutes", on, supersededBy);
    }

    static RecommendationClosed closed(Outcome outcome) {
        return closed(outcome, CLOSED, null);
    }

    static RecommendationReopened reopened(LocalDate on) {
        return new RecommendationReopened(REC, "new review shows it did not stick", on);
    }
}
