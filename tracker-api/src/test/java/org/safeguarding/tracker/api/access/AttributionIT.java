package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;

/** The actor on every event is the signed-in principal; a request body cannot name one. */
class AttributionIT extends ApiTest {

    @Test
    void historyNamesThePrincipalWhoSentEachCommandAndItsRole() {
        String agency = given.agency(TestUsers.AGENCY_A_CODE);
        String id = given.recommendation();
        given.assign(id, agency, "2012-02-01", "2012-06-30");
        Api.Answer evidence = api.as(TestUsers.AGENCY_A).post("/api/v1/recommendations/" + id + "/evidence",
                Map.of("agency", agency, "summary", "Audit report", "submittedOn", "2012-03-01"));
        assertThat(evidence.status()).as(evidence.text()).isEqualTo(201);

        JsonNode history = api.get("/api/v1/recommendations/" + id + "/history").json();
        assertThat(history.get(0).get("actor").asText()).isEqualTo(TestUsers.BOARD.name());
        assertThat(history.get(0).get("role").asText()).isEqualTo("BOARD");
        assertThat(history.get(2).get("actor").asText()).isEqualTo(TestUsers.AGENCY_A.name());
        assertThat(history.get(2).get("role").asText()).isEqualTo("AGENCY");
    }

    @Test
    void aBodyNamingAnActorIsRefusedAndRecordsNothing() {
        String id = given.recommendation();
        Api.Answer refused = api.post("/api/v1/recommendations/" + id + "/reopening",
                Map.of("reason", "r", "reopenedOn", "2012-03-01", "actor", "someone-else"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("actor");
        Api.Answer closing = api.post("/api/v1/recommendations/" + id + "/closure", Map.of("outcome", "WITHDRAWN",
                "rationale", "no longer relevant", "closedOn", "2012-03-01", "actor", "someone-else", "role", "BOARD"));
        assertThat(closing.status()).isEqualTo(400);

        JsonNode history = api.get("/api/v1/recommendations/" + id + "/history").json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("actor").asText()).isEqualTo(TestUsers.BOARD.name());
    }
}
