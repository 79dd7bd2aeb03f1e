package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** One recommendation's whole life through the API: state after each step, at each past instant, and its history. */
class RecommendationLifecycleIT extends ApiTest {

    private final List<JsonNode> answers = new ArrayList<>();
    private final List<Instant> after = new ArrayList<>();

    @Test
    void aFullLifeHasExactlyItsHistoryAndItsStateAtEveryPastInstant() {
        String a = given.agency(uniqueCode("CSC"));
        String b = given.agency(uniqueCode("POLICE"));
        String review = given.review(uniqueCode("LSCB"));
        Instant beforeRaise = Instant.now();

        Api.Answer raised = api.post("/api/v1/recommendations", Map.of("reviewId", review, "reference", "4.3",
                "text", "Ensure each partner agency has an escalation procedure",
                "themes", List.of("ESCALATION", "INFORMATION_SHARING"), "raisedOn", "2013-02-14", "priority", "HIGH"),
                "X-Correlation-Id", "board-meeting-42");
        assertThat(raised.status()).isEqualTo(201);
        String id = raised.id("recommendationId");
        assertThat(raised.header("Location")).endsWith("/api/v1/recommendations/" + id);
        step(raised);
        String path = "/api/v1/recommendations/" + id;

        step(api.post(path + "/response", Map.of("decision", "ACCEPTED", "respondedOn", "2013-03-20")));
        step(api.post(path + "/assignments", Map.of("agency", a, "owner", "Head of Service",
                "assignedOn", "2013-04-01", "dueOn", "2013-09-30")));
        step(api.post(path + "/assignments", Map.of("agency", b, "owner", "Detective Inspector",
                "assignedOn", "2013-04-02", "dueOn", "2013-10-31")));
        Api.Answer evidenceA = step(api.post(path + "/evidence", Map.of("agency", a, "summary", "Draft procedure",
                "submittedOn", "2013-08-01")));
        Api.Answer evidenceB = step(api.post(path + "/evidence", Map.of("agency", b, "summary", "Audit: 98%",
                "link", "https://intranet.example/audit", "submittedOn", "2013-08-02")));
        step(api.post(path + "/evidence/" + evidenceA.id("evidenceId") + "/assurance",
                Map.of("decision", "REJECTED", "note", "Not yet published", "decidedOn", "2013-09-01")));
        step(api.post(path + "/evidence/" + evidenceB.id("evidenceId") + "/assurance",
                Map.of("decision", "ACCEPTED", "decidedOn", "2013-09-02")));
        step(api.put(path + "/assignments/" + a + "/due-date", Map.of("dueOn", "2013-12-31",
                "reason", "Publication delayed", "changedOn", "2013-09-15")));
        Api.Answer evidenceA2 = step(api.post(path + "/evidence", Map.of("agency", a,
                "summary", "Procedure published", "submittedOn", "2013-11-20")));
        step(api.post(path + "/evidence/" + evidenceA2.id("evidenceId") + "/assurance",
                Map.of("decision", "ACCEPTED", "decidedOn", "2013-12-05")));
        step(api.post(path + "/closure", Map.of("outcome", "IMPLEMENTED", "rationale", "All evidenced",
                "closedOn", "2014-01-15")));
        step(api.post(path + "/reopening", Map.of("reason", "Re-referral showed it did not stick",
                "reopenedOn", "2014-04-10")));
        step(api.post(path + "/closure", Map.of("outcome", "PARTIALLY_IMPLEMENTED", "rationale", "Police only",
                "closedOn", "2014-06-30")));

        // the state after each step, each assignment found by its agency
        assertThat(answers.get(1).get("response").get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(statusByAgency(answers.get(4))).isEqualTo(Map.of(a, "EVIDENCE_SUBMITTED", b, "OPEN"));
        assertThat(statusByAgency(answers.get(6))).isEqualTo(Map.of(a, "OPEN", b, "EVIDENCE_SUBMITTED"));
        assertThat(statusByAgency(answers.get(7))).isEqualTo(Map.of(a, "OPEN", b, "COMPLETED"));
        assertThat(assignment(answers.get(7), b).get("completedOn").asText()).isEqualTo("2013-09-02");
        assertThat(assignment(answers.get(8), a).get("dueOn").asText()).isEqualTo("2013-12-31");
        assertThat(assignment(answers.get(8), b).get("dueOn").asText()).isEqualTo("2013-10-31");
        assertThat(statusByAgency(answers.get(10))).isEqualTo(Map.of(a, "COMPLETED", b, "COMPLETED"));
        JsonNode closed = answers.get(11);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("IMPLEMENTED");
        assertThat(closed.get("closedOn").asText()).isEqualTo("2014-01-15");
        JsonNode reopened = answers.get(12);
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("outcome").isNull()).isTrue();
        assertThat(reopened.get("closedOn").isNull()).isTrue();
        assertThat(answers.get(13).get("outcome").asText()).isEqualTo("PARTIALLY_IMPLEMENTED");
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get("version").asLong()).isEqualTo(i + 1);
        }

        // the current state, with its ETag, against what the steps above should have made of it
        Api.Answer current = api.get(path);
        assertThat(current.header("ETag")).isEqualTo("\"14\"");
        assertThat(current.json()).isEqualTo(answers.get(13));
        JsonNode state = current.json();
        assertThat(state.get("status").asText()).isEqualTo("CLOSED");
        assertThat(state.get("closedOn").asText()).isEqualTo("2014-06-30");
        assertThat(state.get("supersededBy").isNull()).isTrue();
        assertThat(state.get("response").get("respondedOn").asText()).isEqualTo("2013-03-20");
        assertThat(state.has("closed")).as("only the contract's fields and deliberate additions").isFalse();
        assertThat(fields(assignment(state, a))).isEqualTo(Map.of("agency", a, "owner", "Head of Service",
                "assignedOn", "2013-04-01", "dueOn", "2013-12-31", "status", "COMPLETED", "completedOn", "2013-12-05"));
        assertThat(fields(assignment(state, b))).isEqualTo(Map.of("agency", b, "owner", "Detective Inspector",
                "assignedOn", "2013-04-02", "dueOn", "2013-10-31", "status", "COMPLETED", "completedOn", "2013-09-02"));
        assertThat(state.get("assignments")).hasSize(2);
        assertThat(evidenceOf(state, evidenceA)).containsEntry("agency", a).containsEntry("summary", "Draft procedure")
                .containsEntry("submittedOn", "2013-08-01").containsEntry("assurance", "REJECTED")
                .containsEntry("decidedOn", "2013-09-01").containsEntry("link", null)
                .containsEntry("assuranceNote", "Not yet published");
        assertThat(evidenceOf(state, evidenceA).keySet()).as("only the contract's fields and deliberate additions")
                .containsExactlyInAnyOrder("evidenceId", "agency", "summary", "link", "submittedOn", "assurance",
                        "decidedOn", "assuranceNote");
        assertThat(evidenceOf(state, evidenceB)).containsEntry("agency", b).containsEntry("summary", "Audit: 98%")
                .containsEntry("link", "https://intranet.example/audit").containsEntry("assurance", "ACCEPTED")
                .containsEntry("decidedOn", "2013-09-02");
        assertThat(evidenceOf(state, evidenceA2)).containsEntry("agency", a)
                .containsEntry("summary", "Procedure published").containsEntry("assurance", "ACCEPTED")
                .containsEntry("decidedOn", "2013-12-05");
        assertThat(state.get("evidence")).hasSize(3);
        Api.Answer assignment = api.get(path + "/assignments/" + a);
        assertThat(assignment.json()).isEqualTo(assignment(state, a));
        assertThat(assignment.header("ETag")).isEqualTo("\"14\"");
        Api.Answer evidence = api.get(path + "/evidence/" + evidenceB.id("evidenceId"));
        assertThat(evidence.json().get("assurance").asText()).isEqualTo("ACCEPTED");
        assertThat(evidence.json().get("evidenceId").asText()).isEqualTo(evidenceB.id("evidenceId"));
        assertThat(evidence.header("ETag")).isEqualTo("\"14\"");

        // as recorded at every past instant
        assertThat(api.get(path + "?asOf=" + beforeRaise).status()).isEqualTo(404);
        for (int i = 0; i < after.size(); i++) {
            Api.Answer then = api.get(path + "?asOf=" + after.get(i));
            assertThat(then.json()).as("state after step %d", i + 1).isEqualTo(answers.get(i));
            assertThat(then.header("ETag")).isEqualTo("\"" + (i + 1) + "\"");
        }

        // exactly that history, with who, when and in which request
        JsonNode history = api.get(path + "/history").json();
        assertThat(history).hasSize(14);
        List<String> types = new ArrayList<>();
        history.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("RecommendationRaised", "BoardResponseRecorded", "RecommendationAssigned",
                "RecommendationAssigned", "EvidenceSubmitted", "EvidenceSubmitted", "EvidenceRejected",
                "EvidenceAccepted", "DueDateChanged", "EvidenceSubmitted", "EvidenceAccepted", "RecommendationClosed",
                "RecommendationReopened", "RecommendationClosed");
        for (int i = 0; i < history.size(); i++) {
            JsonNode event = history.get(i);
            assertThat(event.get("sequence").asLong()).isEqualTo(i);
            assertThat(event.get("actor").asText()).isEqualTo(TestUsers.BOARD.name());
            assertThat(event.get("correlationId").asText()).isNotBlank();
            assertThat(Instant.parse(event.get("recordedAt").asText())).isBefore(after.get(i).plusMillis(1));
            if (i > 0) {
                assertThat(event.get("position").asLong()).isGreaterThan(history.get(i - 1).get("position").asLong());
            }
        }
        JsonNode raisedEvent = only(history, "RecommendationRaised");
        assertThat(raisedEvent.get("correlationId").asText()).isEqualTo("board-meeting-42");
        assertThat(raisedEvent.get("payload").get("reference").asText()).isEqualTo("4.3");
        List<String> submitted = new ArrayList<>();
        ofType(history, "EvidenceSubmitted").forEach(event -> submitted.add(event.at("/payload/evidenceId").asText()));
        assertThat(submitted).containsExactly(evidenceA.id("evidenceId"), evidenceB.id("evidenceId"),
                evidenceA2.id("evidenceId"));
        JsonNode dueDateChanged = only(history, "DueDateChanged");
        assertThat(dueDateChanged.at("/payload/agency").asText()).isEqualTo(a);
        assertThat(dueDateChanged.at("/payload/dueOn").asText()).isEqualTo("2013-12-31");
        List<String> outcomes = new ArrayList<>();
        ofType(history, "RecommendationClosed").forEach(event -> outcomes.add(event.at("/payload/outcome").asText()));
        assertThat(outcomes).containsExactly("IMPLEMENTED", "PARTIALLY_IMPLEMENTED");
    }

    private Api.Answer step(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        assertThat(answer.header("ETag")).isEqualTo("\"" + (answers.size() + 1) + "\"");
        assertThat(answer.position()).isPositive();
        JsonNode state = answer.json().deepCopy();
        if (state.has("evidenceId")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) state).remove("evidenceId");
        }
        answers.add(state);
        Instant now = Instant.now();
        after.add(now);
        // event times are kept to the millisecond: let the clock pass this one before the next command
        await().until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(now));
        return answer;
    }

    /** Each assignment's status by its agency; an agency assigned twice fails here. */
    private static Map<String, String> statusByAgency(JsonNode state) {
        Map<String, String> statuses = new HashMap<>();
        state.get("assignments").forEach(assignment -> assertThat(
                statuses.put(assignment.get("agency").asText(), assignment.get("status").asText())).isNull());
        return statuses;
    }

    private static JsonNode assignment(JsonNode state, String agency) {
        return only(state.get("assignments"), item -> item.get("agency").asText().equals(agency));
    }

    private static Map<String, String> evidenceOf(JsonNode state, Api.Answer submitted) {
        String id = submitted.id("evidenceId");
        return fields(only(state.get("evidence"), item -> item.get("evidenceId").asText().equals(id)));
    }

    private static List<JsonNode> ofType(JsonNode history, String type) {
        List<JsonNode> events = new ArrayList<>();
        history.forEach(event -> {
            if (event.get("type").asText().equals(type)) {
                events.add(event);
            }
        });
        return events;
    }

    private static JsonNode only(JsonNode history, String type) {
        return only(history, event -> event.get("type").asText().equals(type));
    }

    private static JsonNode only(JsonNode items, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(item -> {
            if (which.test(item)) {
                found.add(item);
            }
        });
        assertThat(found).as("exactly one match in %s", items).hasSize(1);
        return found.get(0);
    }

    /** The fields of an object as text, null for JSON null. */
    private static Map<String, String> fields(JsonNode object) {
        Map<String, String> fields = new HashMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(),
                field.getValue().isNull() ? null : field.getValue().asText()));
        return fields;
    }
}
