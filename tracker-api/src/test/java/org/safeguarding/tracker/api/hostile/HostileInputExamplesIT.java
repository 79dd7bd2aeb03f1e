package org.safeguarding.tracker.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.web.RequestSizeFilter;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The refusals {@link HostileInputIT} found wrong, each as one example. */
class HostileInputExamplesIT extends ApiTest {

    private static final String BOARD = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (TestUsers.BOARD.name() + ":" + TestUsers.BOARD.password()).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    private int port;

    @Test
    void aDateBeyondFourDigitYearsIs400NotAnEventThatStopsTheViews() {
        String path = "/api/v1/recommendations/" + given.recommendation();
        String agency = given.agency(uniqueCode("FAR"));
        for (String dueOn : new String[] {"+999999999-12-31", "+10000-01-01", "0000-12-31"}) {
            assertProblem(api.post(path + "/assignments", Map.of("agency", agency, "owner", "o",
                    "assignedOn", "2012-02-01", "dueOn", dueOn)), 400, "dueOn");
        }
        assertProblem(api.post("/api/v1/reviews", Map.of("board", uniqueCode("B"), "reference", "R", "kind", "SCR",
                "title", "t", "commissionedOn", "-5000-01-01")), 400, "commissionedOn");
        assertThat(api.get(path + "/history").json()).hasSize(1);
        assertThat(api.post(path + "/assignments", Map.of("agency", agency, "owner", "o",
                "assignedOn", "2012-02-01", "dueOn", "9999-12-31")).status()).isEqualTo(201);
    }

    @Test
    void aViewOnADateBeyondFourDigitYearsIs400Not500() {
        assertProblem(api.get("/api/v1/views/exceptions?on=%2B999999999-12-31"), 400, "on");
        assertThat(api.get("/api/v1/views/exceptions?on=9999-12-31").status()).isEqualTo(200);
    }

    @Test
    void aNumberIsNeitherAStringNorAnEnumValue() {
        String path = "/api/v1/recommendations/" + given.recommendation();
        assertProblem(api.post(path + "/response", "{\"decision\": 0, \"respondedOn\": \"2013-01-01\"}"), 400,
                "decision");
        assertProblem(api.put("/api/v1/agencies/" + uniqueCode("N"), "{\"name\": 1.5E308}"), 400, "name");
        assertProblem(api.put("/api/v1/agencies/" + uniqueCode("N"), "{\"name\": true}"), 400, "name");
        assertThat(api.get(path + "/history").json()).hasSize(1);
    }

    @Test
    void aCommandWhoseAnswerTheCallerCannotAcceptIsRefusedBeforeItRuns() {
        String path = "/api/v1/recommendations/" + given.recommendation();
        Map<String, String> closure = Map.of("outcome", "WITHDRAWN", "rationale", "r", "closedOn", "2013-01-01");
        assertProblem(api.post(path + "/closure", closure, "Accept", "text/html"), 406, null);
        assertProblem(api.post(path + "/closure", closure, "Accept", "application/problem+json"), 406, null);
        assertThat(api.get(path + "/history").json()).hasSize(1);
    }

    @Test
    void anUnreadableAcceptHeaderGets406WithAProblemNotAnEmptyAnswer() throws Exception {
        for (String target : new String[] {"/api/v1/agencies", "/api/v1/recommendations/not-a-uuid"}) {
            for (String accept : new String[] {"garbage", "*/*;q=abc"}) {
                assertProblem(RawHttp.send(port, get(target, header("Accept", accept))), 406);
            }
        }
    }

    @Test
    void anIdempotencyKeyWithAControlCharacterIs400AndRecordsNothing() throws Exception {
        String path = "/api/v1/recommendations/" + given.recommendation();
        RawHttp.Reply reply = RawHttp.send(port, new HostileRequest("example", "BOARD", "POST", path + "/closure",
                List.of(header("Authorization", BOARD), header("Content-Type", "application/json"),
                        new HostileRequest.Header("Idempotency-Key", new byte[] {'k', (byte) 0x85})),
                "{\"outcome\":\"WITHDRAWN\",\"rationale\":\"r\",\"closedOn\":\"2013-01-01\"}"
                        .getBytes(StandardCharsets.UTF_8), false, List.of(), true));
        assertProblem(reply, 400);
        assertThat(api.get(path + "/history").json()).hasSize(1);
    }

    @Test
    void aControlCharacterInAnyHeaderIs400Not500() throws Exception {
        RawHttp.Reply reply = RawHttp.send(port, new HostileRequest("example", "BOARD", "PUT",
                "/api/v1/agencies/" + uniqueCode("H"), List.of(header("Authorization", BOARD),
                header("Content-Type", "application/json"),
                new HostileRequest.Header("X-Correlation-Id", new byte[] {'a', (byte) 0x85, 'b'})),
                "{\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8), false, List.of(), true));
        assertProblem(reply, 400);
    }

    @Test
    void aChunkedBodyBeyondTheLimitIs413LikeADeclaredOne() throws Exception {
        String path = "/api/v1/recommendations/" + given.recommendation();
        byte[] body = ("{\"reason\":\"" + "x".repeat((int) RequestSizeFilter.MAX_BODY_BYTES) + "\",\"reopenedOn\":"
                + "\"2014-01-01\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.send(port, new HostileRequest("example", "BOARD", "POST", path + "/reopening",
                List.of(header("Authorization", BOARD), header("Content-Type", "application/json")), body, true,
                List.of(), true));
        assertProblem(reply, 413);
    }

    @Test
    void whatTomcatOrTheFirewallRefusesIsAProblemDocumentToo() throws Exception {
        for (String target : new String[] {"/api/v1/agencies/%zz", "/api/v1/agencies?a[b]=c",
                "/api/v1/agencies/A;x=1", "/api/v1/agencies/A%2FB"}) {
            assertProblem(RawHttp.send(port, get(target)), 400);
        }
        assertProblem(RawHttp.send(port, get("/api/v1/agencies", new HostileRequest.Header("Idempotency-Key",
                new byte[] {'a', 1, 'b'}))), 400);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        String code = uniqueCode("U");
        byte[] body = "{\"name\":\"a??b\"}".getBytes(StandardCharsets.ISO_8859_1);
        body[10] = (byte) 0xc0; // with 0xaf: an overlong '/'
        body[11] = (byte) 0xaf;
        RawHttp.Reply reply = RawHttp.send(port, new HostileRequest("example", "BOARD", "PUT", "/api/v1/agencies/"
                + code, List.of(header("Authorization", BOARD), header("Content-Type", "application/json")), body,
                false, List.of(), true));
        assertProblem(reply, 400);
    }

    private static HostileRequest get(String target, HostileRequest.Header... headers) {
        List<HostileRequest.Header> all = new java.util.ArrayList<>(List.of(header("Authorization", BOARD)));
        all.addAll(List.of(headers));
        return new HostileRequest("example", "BOARD", "GET", target, all, null, false, List.of(), true);
    }

    private static HostileRequest.Header header(String name, String value) {
        return HostileRequest.Header.of(name, value);
    }

    private static void assertProblem(RawHttp.Reply reply, int status) throws Exception {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.text()).startsWith("application/problem+json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body()).get("status").asInt())
                .isEqualTo(status);
    }

    private static void assertProblem(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(answer.json().get("errors").toString()).as(answer.text()).contains("\"" + field + "\"");
        }
    }
}
