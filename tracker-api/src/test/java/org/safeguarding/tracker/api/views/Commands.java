package org.safeguarding.tracker.api.views;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.safeguarding.tracker.api.Api;

/**
 * Sends commands through the real API, asserts each one succeeded, and records it in a {@link ViewModel}
 * once it has. Keeps the highest {@code X-Tracker-Position} seen, for {@code ?minPosition=} on the views.
 * Safe to use from several threads as long as the commands of one recommendation come from one thread.
 */
public final class Commands {

    private static final String[] KINDS = {"SCR", "MAR", "LCSPR", "RAPID_REVIEW", "THEMATIC", "OTHER"};

    private final Api api;
    private final ViewModel model;
    private final String context;
    private final AtomicLong position = new AtomicLong();
    /** Commands sent, by kind: agency, review, raise, response, assign, due date, evidence, decision, close, reopen, re-referral. */
    private final AtomicLongArray counts = new AtomicLongArray(11);

    public Commands(Api api, ViewModel model, String context) {
        this.api = api;
        this.model = model;
        this.context = context;
    }

    public ViewModel model() {
        return model;
    }

    /** The highest position any answer carried. */
    public long position() {
        return position.get();
    }

    public long sent() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    public String agency(String code, String name) {
        Api.Answer answer = api.put("/api/v1/agencies/" + code, Map.of("name", name));
        expect(answer, "PUT agency " + code, 200, 201);
        count(0);
        model.agency(code, name);
        return code;
    }

    public String review(String board, String reference, LocalDate commissionedOn, int kind) {
        Api.Answer answer = api.post("/api/v1/reviews", Map.of("board", board, "reference", reference,
                "kind", KINDS[kind % KINDS.length], "title", "Review " + reference,
                "commissionedOn", commissionedOn.toString()));
        expect(answer, "POST review " + board + "/" + reference, 201);
        count(1);
        String id = answer.id("reviewId");
        model.review(id, board, reference, commissionedOn);
        return id;
    }

    public String raise(String reviewId, String reference, String text, List<String> themes, LocalDate raisedOn) {
        Api.Answer answer = api.post("/api/v1/recommendations", Map.of("reviewId", reviewId, "reference", reference,
                "text", text, "themes", themes, "raisedOn", raisedOn.toString()));
        expect(answer, "POST recommendation " + reference + " on review " + reviewId, 201);
        count(2);
        String id = answer.id("recommendationId");
        model.raised(id, reviewId, reference, text, themes, raisedOn);
        return id;
    }

    public void respond(String recommendationId, String decision, LocalDate respondedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (!"ACCEPTED".equals(decision)) {
            body.put("reason", "Only partly within the board's remit");
        }
        body.put("respondedOn", respondedOn.toString());
        expect(api.post(path(recommendationId) + "/response", body), "response " + body + " on " + recommendationId,
                200);
        count(3);
    }

    public void assign(String recommendationId, String agency, String owner, LocalDate assignedOn, LocalDate dueOn) {
        Map<String, Object> body = Map.of("agency", agency, "owner", owner, "assignedOn", assignedOn.toString(),
                "dueOn", dueOn.toString());
        expect(api.post(path(recommendationId) + "/assignments", body),
                "assignment " + body + " on " + recommendationId, 201);
        count(4);
        model.assigned(recommendationId, agency, owner, assignedOn, dueOn);
    }

    public void changeDueDate(String recommendationId, String agency, LocalDate dueOn, LocalDate changedOn) {
        Map<String, Object> body = Map.of("dueOn", dueOn.toString(), "reason", "Waiting for the audit",
                "changedOn", changedOn.toString());
        expect(api.put(path(recommendationId) + "/assignments/" + agency + "/due-date", body),
                "due date " + body + " of " + agency + " on " + recommendationId, 200);
        count(5);
        model.dueDateChanged(recommendationId, agency, dueOn, changedOn);
    }

    public String submitEvidence(String recommendationId, String agency, LocalDate submittedOn) {
        Map<String, Object> body = Map.of("agency", agency, "summary", "Audit of 20 cases: 17 compliant",
                "submittedOn", submittedOn.toString());
        Api.Answer answer = api.post(path(recommendationId) + "/evidence", body);
        expect(answer, "evidence " + body + " on " + recommendationId, 201);
        count(6);
        String id = answer.id("evidenceId");
        model.evidenceSubmitted(recommendationId, id, agency, submittedOn);
        return id;
    }

    public void decide(String recommendationId, String evidenceId, String decision, LocalDate decidedOn) {
        Map<String, Object> body = Map.of("decision", decision, "note", "Considered by the subgroup",
                "decidedOn", decidedOn.toString());
        expect(api.post(path(recommendationId) + "/evidence/" + evidenceId + "/assurance", body),
                "assurance " + body + " of " + evidenceId + " on " + recommendationId, 200);
        count(7);
        model.decided(recommendationId, evidenceId, decision, decidedOn);
    }

    public void close(String recommendationId, String outcome, LocalDate closedOn, String supersededBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("rationale", "Agreed at the board meeting");
        body.put("closedOn", closedOn.toString());
        if (supersededBy != null) {
            body.put("supersededBy", supersededBy);
        }
        expect(api.post(path(recommendationId) + "/closure", body), "closure " + body + " of " + recommendationId,
                200);
        count(8);
        model.closed(recommendationId, outcome, closedOn);
    }

    public void reopen(String recommendationId, LocalDate reopenedOn) {
        Map<String, Object> body = Map.of("reason", "A later review showed it did not stick",
                "reopenedOn", reopenedOn.toString());
        expect(api.post(path(recommendationId) + "/reopening", body), "reopening " + body + " of " + recommendationId,
                200);
        count(9);
        model.reopened(recommendationId, reopenedOn);
    }

    public void reReferral(String reviewId, String earlierReviewId, LocalDate referredOn) {
        Map<String, Object> body = Map.of("earlierReviewId", earlierReviewId, "referredOn", referredOn.toString(),
                "note", "Further concerns about the same family");
        expect(api.post("/api/v1/reviews/" + reviewId + "/re-referrals", body),
                "re-referral " + body + " of " + reviewId, 201);
        count(10);
        model.reReferral(reviewId, earlierReviewId, referredOn);
    }

    private static String path(String recommendationId) {
        return "/api/v1/recommendations/" + recommendationId;
    }

    private void count(int kind) {
        counts.incrementAndGet(kind);
    }

    private void expect(Api.Answer answer, String what, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                String header = answer.header("X-Tracker-Position");
                if (header == null) {
                    throw new AssertionError(context + ": " + what + " answered without X-Tracker-Position");
                }
                position.accumulateAndGet(Long.parseLong(header), Math::max);
                return;
            }
        }
        throw new AssertionError(context + ": " + what + " answered " + answer.status() + ": " + answer.text());
    }

    public String summary() {
        String[] names = {"agencies", "reviews", "raised", "responses", "assignments", "dueDateChanges", "evidence",
                "decisions", "closures", "reopenings", "reReferrals"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(counts.get(i));
        }
        return text.toString();
    }
}
