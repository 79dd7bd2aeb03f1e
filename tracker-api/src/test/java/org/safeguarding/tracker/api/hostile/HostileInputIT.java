package org.safeguarding.tracker.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.TestUsers;
import org.safeguarding.tracker.api.TrackerApplication;
import org.safeguarding.tracker.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Over a thousand generated malformed and adversarial requests (a property over a seeded generator), over real HTTP, against every operation of the
 * service's own OpenAPI document (read at the start, so a new endpoint is covered without touching this test):
 * none answers 5xx; every refusal is an RFC 9457 problem that shows no stack trace, class name or SQL; a request
 * no valid request looks like is refused; and no refused request changes the event log.
 */
class HostileInputIT {

    private static final int TRIES = 1_100;
    private static final int AT_LEAST_REQUESTS = 1_000;
    private static final Pattern LEAKS = Pattern.compile("\\b(java|javax|jakarta|org\\.springframework"
            + "|org\\.axonframework|com\\.fasterxml|org\\.postgresql|org\\.apache)\\.|Exception|\\sat [\\w$.]+\\("
            + "|(?i:select |insert into|sqlstate|error:)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext service;
    private static int port;
    private static Connection database;
    private static List<ApiOperations.Operation> operations;
    private static HostileRequests requests;
    private static final Map<String, AtomicInteger> sentPerOperation = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private static final List<String> accepted = new ArrayList<>();
    private static final List<String> slow = new ArrayList<>();
    private static final AtomicInteger sent = new AtomicInteger();
    private static long started;

    @BeforeAll
    static void startTheServiceWithAFewRealAggregates() throws SQLException {
        TestDatabase.Coordinates coordinates = TestDatabase.another();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tracker.db.url=" + coordinates.url(),
                "--spring.datasource.username=" + coordinates.user(),
                "--spring.datasource.password=" + coordinates.password()));
        arguments.addAll(List.of(TestUsers.arguments()));
        service = new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        database = coordinates.connect();

        Api api = new Api(port);
        Api.Answer document = api.anonymous().get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        operations = ApiOperations.of(document.json());
        assertThat(operations).as("the OpenAPI document's operations").hasSizeGreaterThan(20);
        requests = new HostileRequests(operations, fixtures(api));
        started = System.nanoTime();
    }

    private static HostileRequests.Fixtures fixtures(Api api) {
        String agency = TestUsers.AGENCY_A_CODE;
        String board = "HOSTILE-BOARD";
        created(api.put("/api/v1/agencies/" + agency, Map.of("name", "Agency A")));
        String earlier = created(api.post("/api/v1/reviews", Map.of("board", board, "reference", "SCR-2010",
                "kind", "SCR", "title", "Earlier review", "commissionedOn", "2010-01-10"))).id("reviewId");
        String review = created(api.post("/api/v1/reviews", Map.of("board", board, "reference", "SCR-2011",
                "kind", "MAR", "title", "Review", "commissionedOn", "2011-01-10"))).id("reviewId");
        String recommendation = raise(api, review, "1.1");
        String other = raise(api, review, "1.2");
        created(api.post("/api/v1/recommendations/" + recommendation + "/assignments", Map.of("agency", agency,
                "owner", "Head of Safeguarding", "assignedOn", "2012-02-01", "dueOn", "2012-12-31")));
        Api.Answer evidence = created(api.post("/api/v1/recommendations/" + recommendation + "/evidence",
                Map.of("agency", agency, "summary", "Audit report", "submittedOn", "2012-03-01")));
        return new HostileRequests.Fixtures(agency, board, review, earlier, recommendation, other,
                evidence.id("evidenceId"), evidence.position());
    }

    private static String raise(Api api, String review, String reference) {
        return created(api.post("/api/v1/recommendations", Map.of("reviewId", review, "reference", reference,
                "text", "Ensure each agency has an escalation procedure", "themes", List.of("ESCALATION"),
                "raisedOn", "2012-01-10"))).id("recommendationId");
    }

    private static Api.Answer created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return answer;
    }

    /**
     * The property, over {@value #TRIES} requests drawn from a seeded generator: {@code -Dhostile.seed=<seed>}
     * replays a run, whose seed every failure names.
     */
    @Test
    void everyHostileRequestIsRefusedCleanlyAndRecordsNothing() throws Exception {
        long seed = Long.getLong("hostile.seed", new Random().nextLong());
        Random random = new Random(seed);
        Gen<HostileRequest> hostile = requests.any();
        for (int i = 0; i < TRIES; i++) {
            HostileRequest request = hostile.next(random);
            try {
                refusedCleanlyRecordingNothing(request);
            } catch (AssertionError e) {
                throw new AssertionError("request " + (i + 1) + " of the run with -Dhostile.seed=" + seed + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static void refusedCleanlyRecordingNothing(HostileRequest request) throws Exception {
        EventLogHead before = eventLogHead();
        long start = System.nanoTime();
        RawHttp.Reply reply = RawHttp.send(port, request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        EventLogHead after = eventLogHead();
        if (millis > 1_000) {
            synchronized (slow) {
                slow.add(millis + " ms: " + request.operation() + " " + request.tampering());
            }
        }
        sent.incrementAndGet();
        sentPerOperation.computeIfAbsent(request.operation(), key -> new AtomicInteger()).incrementAndGet();
        statuses.computeIfAbsent(reply.status() / 100 + "xx", key -> new AtomicInteger()).incrementAndGet();
        String answer = reply.status() + " " + reply.headers() + "\n" + abbreviated(reply.text());

        assertThat(reply.status()).as("no 5xx for %s\nanswer: %s", request, answer).isLessThan(500);
        boolean success = reply.status() >= 200 && reply.status() < 300;
        if (!success && !request.method().equals("HEAD")) {
            assertIsACleanProblem(request, reply, answer);
        }
        if (request.mustBeRefused()) {
            assertThat(success).as("refused: %s\nanswer: %s", request, answer).isFalse();
        }
        if (success && request.isCommand()) {
            if (!after.equals(before)) {
                synchronized (accepted) {
                    accepted.add(request.operation() + " " + reply.status() + " " + request.tampering());
                }
            }
        } else {
            assertThat(after).as("the event log after %s\nanswer: %s", request, answer).isEqualTo(before);
        }
    }

    private static void assertIsACleanProblem(HostileRequest request, RawHttp.Reply reply, String answer)
            throws Exception {
        assertThat(reply.header("Content-Type")).as("a problem document for %s\nanswer: %s", request, answer)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        for (String member : new String[] {"type", "title", "status", "detail"}) {
            assertThat(problem.path(member).asText()).as("%s of the problem for %s\nanswer: %s", member, request,
                    answer).isNotBlank();
        }
        assertThat(problem.get("status").asInt()).as(answer).isEqualTo(reply.status());
        assertThat(LEAKS.matcher(reply.text()).find()).as("internals in the answer to %s\nanswer: %s", request,
                answer).isFalse();
    }

    @AfterAll
    static void everyOperationWasCoveredAndEveryAcceptedCommandWasProjected() throws SQLException {
        try {
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            System.out.printf("hostile input: %d requests in %d s; answers %s; per operation %s%n"
                            + "accepted commands (%d): %s%nslower than 1 s (%d): %s%n", sent.get(), seconds,
                    new TreeMap<>(statuses), new TreeMap<>(sentPerOperation), accepted.size(), accepted, slow.size(),
                    slow);
            assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(AT_LEAST_REQUESTS);
            for (ApiOperations.Operation operation : operations) {
                assertThat(sentPerOperation.getOrDefault(operation.key(), new AtomicInteger()).get())
                        .as("requests against %s", operation).isGreaterThanOrEqualTo(5);
            }
            // an accepted command the projections cannot handle would stop them: every view catches up to the head
            long head = eventLogHead().lastPosition();
            Api api = new Api(port);
            for (String view : new String[] {"/api/v1/agencies", "/api/v1/views/themes"}) {
                Api.Answer caughtUp = api.get(view + "?minPosition=" + head);
                assertThat(caughtUp.status()).as(view + " caught up with " + head + ": " + caughtUp.text())
                        .isEqualTo(200);
            }
        } finally {
            database.close();
            service.close();
        }
    }

    private record EventLogHead(long events, long lastPosition) {
    }

    private static EventLogHead eventLogHead() throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet head = statement.executeQuery(
                     "select count(*), coalesce(max(global_index), 0) from domain_event_entry")) {
            head.next();
            return new EventLogHead(head.getLong(1), head.getLong(2));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
