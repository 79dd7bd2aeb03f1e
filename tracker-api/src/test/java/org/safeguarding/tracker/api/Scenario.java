package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the things a test starts from through the real API, asserting each step succeeded. */
public final class Scenario {

    private final Api api;

    public Scenario(Api api) {
        this.api = api;
    }

    public String agency(String code) {
        Api.Answer answer = api.put("/api/v1/agencies/" + code, Map.of("name", "Agency " + code));
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return code;
    }

    public String review(String board, String reference, String commissionedOn) {
        Api.Answer answer = api.post("/api/v1/reviews", Map.of("board", board, "reference", reference,
                "kind", "MAR", "title", "Review " + reference, "commissionedOn", commissionedOn));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.id("reviewId");
    }

    public String review(String board) {
        return review(board, "R-" + UUID.randomUUID(), "2011-01-10");
    }

    public String recommendation(String reviewId, String reference, String raisedOn) {
        Api.Answer answer = api.post("/api/v1/recommendations", Map.of("reviewId", reviewId, "reference", reference,
                "text", "Ensure each agency has an escalation procedure", "themes", List.of("ESCALATION"),
                "raisedOn", raisedOn));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.id("recommendationId");
    }

    public String recommendation() {
        return recommendation(review("BOARD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()),
                "1.1", "2012-01-10");
    }

    public Api.Answer assign(String recommendationId, String agency, String assignedOn, String dueOn) {
        Api.Answer answer = api.post("/api/v1/recommendations/" + recommendationId + "/assignments",
                Map.of("agency", agency, "owner", "Head of Safeguarding", "assignedOn", assignedOn, "dueOn", dueOn));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer;
    }

    public String evidence(String recommendationId, String agency, String submittedOn) {
        Api.Answer answer = api.post("/api/v1/recommendations/" + recommendationId + "/evidence",
                Map.of("agency", agency, "summary", "Audit report", "submittedOn", submittedOn));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.id("evidenceId");
    }

    public Api.Answer decide(String recommendationId, String evidenceId, String decision, String decidedOn) {
        Api.Answer answer = api.post("/api/v1/recommendations/" + recommendationId + "/evidence/" + evidenceId
                + "/assurance", Map.of("decision", decision, "decidedOn", decidedOn));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }
}
