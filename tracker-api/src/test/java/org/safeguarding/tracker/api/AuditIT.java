package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.tracker.api.audit.Checkpoints;
import org.safeguarding.tracker.api.audit.VerifyExport;

/**
 * The tamper-evident log on a database of its own, tampered with through SQL one way at a time on a fresh
 * history; after each case the tampering is undone, so the next case starts from an intact log.
 */
class AuditIT extends OwnDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Runnable> undo = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeAll
    static void startOnItsOwnDatabase() {
        start("--tracker.audit.checkpoint-interval=1h", "--tracker.audit.checkpoint-settle=0s");
    }

    @AfterEach
    void undoTheTampering() {
        undo.forEach(Runnable::run);
        assertThat(verify("").get("intact").asBoolean()).as("intact once the tampering is undone").isTrue();
    }

    /** A recommendation with four events: raised (0), assigned (1), evidence (2), decision (3). */
    private List<Long> history() {
        String agency = given.agency("AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        String recommendation = given.recommendation();
        given.assign(recommendation, agency, "2012-02-01", "2012-06-01");
        String evidence = given.evidence(recommendation, agency, "2012-03-01");
        given.decide(recommendation, evidence, "ACCEPTED", "2012-03-02");
        return jdbc.queryForList("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, recommendation);
    }

    private String aggregateAt(long position) {
        return jdbc.queryForObject("select aggregate_identifier from domain_event_entry where global_index = ?",
                String.class, position);
    }

    private JsonNode verify(String query) {
        Api.Answer answer = api.get("/api/v1/audit/verify" + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private record Offline(int exitCode, JsonNode report) {
    }

    /**
     * Exports the checkpoints when asked, then the whole feed page by page, and runs the offline verifier on
     * the files.
     */
    private Offline verifyOffline(boolean withCheckpoints) throws IOException {
        List<String> arguments = new ArrayList<>();
        if (withCheckpoints) {
            Api.Answer checkpoints = api.get("/api/v1/audit/checkpoints");
            assertThat(checkpoints.status()).as(checkpoints.text()).isEqualTo(200);
            assertThat(checkpoints.header("Content-Type")).isEqualTo("application/x-ndjson");
            Path file = folder.resolve("checkpoints-" + UUID.randomUUID() + ".ndjson");
            Files.writeString(file, checkpoints.text(), StandardCharsets.UTF_8);
            arguments.addAll(List.of("--checkpoints", file.toString()));
        }
        Path export = folder.resolve("export-" + UUID.randomUUID() + ".ndjson");
        Files.writeString(export, "", StandardCharsets.UTF_8);
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        long after = 0;
        while (after < head) {
            // a deleted event is a gap the feed holds back for a moment after the event that follows it
            long from = after;
            List<String> lines = await().atMost(Duration.ofSeconds(20)).until(
                    () -> api.get("/api/v1/events?after=" + from + "&limit=7").text().lines().toList(),
                    page -> !page.isEmpty());
            Files.writeString(export, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            after = JSON.readTree(lines.get(lines.size() - 1)).get("position").asLong();
        }
        arguments.add(0, export.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyExport.run(arguments.toArray(String[]::new), new PrintStream(out, true), System.err);
        return new Offline(exit, out.size() == 0 ? null : JSON.readTree(out.toByteArray()));
    }

    private void assertBroken(JsonNode report, String aggregateId, long sequence, long position, String reason) {
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isFalse();
        JsonNode broken = report.get("firstBroken");
        assertThat(broken.get("aggregateId").asText()).as(report.toString()).isEqualTo(aggregateId);
        assertThat(broken.get("sequence").asLong()).as(report.toString()).isEqualTo(sequence);
        assertThat(broken.get("position").asLong()).as(report.toString()).isEqualTo(position);
        assertThat(broken.get("reason").asText()).contains(reason);
    }

    private void assertBrokenEverywhere(String aggregateId, long sequence, long position, String reason)
            throws IOException {
        assertBroken(verify(""), aggregateId, sequence, position, reason);
        assertBroken(verify("?aggregateId=" + aggregateId), aggregateId, sequence, position, reason);
        for (boolean withCheckpoints : List.of(false, true)) {
            Offline offline = verifyOffline(withCheckpoints);
            assertThat(offline.exitCode()).isEqualTo(1);
            assertBroken(offline.report(), aggregateId, sequence, position, reason);
        }
    }

    private void replaceBytes(String column, long position, String from, String to) {
        byte[] original = jdbc.queryForObject("select " + column + " from domain_event_entry where global_index = ?",
                byte[].class, position);
        String text = new String(original, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        jdbc.update("update domain_event_entry set " + column + " = ? where global_index = ?",
                text.replace(from, to).getBytes(StandardCharsets.UTF_8), position);
        undo.add(() -> jdbc.update("update domain_event_entry set " + column + " = ? where global_index = ?",
                original, position));
    }

    private void delete(long position) {
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?",
                position);
        jdbc.update("delete from domain_event_entry where global_index = ?", position);
        undo.add(() -> jdbc.update("insert into domain_event_entry (" + String.join(", ", row.keySet())
                + ") values (" + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")",
                row.values().toArray()));
    }

    /** One statement at a time, so the unique (aggregate, sequence) key holds after each. */
    private void swapSequences(long first, long firstSequence, long second, long secondSequence) {
        String set = "update domain_event_entry set sequence_number = ? where global_index = ?";
        jdbc.update(set, -1, first);
        jdbc.update(set, firstSequence, second);
        jdbc.update(set, secondSequence, first);
    }

    @Test
    void anUntouchedLogVerifiesIntactOnTheServiceAndOffline() throws IOException {
        history();
        Checkpoints checkpoints = service.getBean(Checkpoints.class);
        assertThat(checkpoints.take()).isPresent();
        history();
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        long aggregates = jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry",
                Long.class);

        JsonNode report = verify("");
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkedEvents").asLong()).isEqualTo(stored);
        assertThat(report.get("checkedAggregates").asLong()).isEqualTo(aggregates);
        assertThat(report.get("firstBroken").isNull()).isTrue();

        for (boolean withCheckpoints : List.of(false, true)) {
            Offline offline = verifyOffline(withCheckpoints);
            assertThat(offline.exitCode()).isZero();
            assertThat(offline.report()).isEqualTo(report);
        }
    }

    @Test
    void aChangedPayloadIsAHashMismatchAtThatEvent() throws IOException {
        List<Long> events = history();
        replaceBytes("payload", events.get(2), "Audit report", "Audit report, amended");
        assertBrokenEverywhere(aggregateAt(events.get(0)), 2, events.get(2), "hash mismatch");
    }

    @Test
    void aChangedActorIsAHashMismatchAtThatEvent() throws IOException {
        List<Long> events = history();
        replaceBytes("meta_data", events.get(1), TestUsers.BOARD.name(), "someone-else");
        assertBrokenEverywhere(aggregateAt(events.get(0)), 1, events.get(1), "hash mismatch");
    }

    @Test
    void aDeletedEventIsASequenceGapAtTheEventAfterIt() throws IOException {
        List<Long> events = history();
        String aggregate = aggregateAt(events.get(0));
        delete(events.get(1));
        assertBrokenEverywhere(aggregate, 2, events.get(2), "event 1 is missing");
    }

    @Test
    void twoSwappedEventsBreakThePreviousHashAtTheLowerSequence() throws IOException {
        List<Long> events = history();
        String aggregate = aggregateAt(events.get(0));
        swapSequences(events.get(1), 1, events.get(2), 2);
        undo.add(() -> swapSequences(events.get(2), 1, events.get(1), 2));
        assertBrokenEverywhere(aggregate, 1, events.get(2), "previous-hash mismatch");
    }

    @Test
    void aDeletedLastEventIsCaughtByTheCheckpointThatRecordedItOnTheServiceAndOfflineWithTheCheckpoints()
            throws IOException {
        List<Long> events = history();
        String aggregate = aggregateAt(events.get(0));
        long checkpoint = service.getBean(Checkpoints.class).take().orElseThrow();
        history();
        delete(events.get(3));

        String reason = "missing: checkpoint " + checkpoint + " recorded event 3 (position " + events.get(3);
        assertBroken(verify(""), aggregate, 3, events.get(3), reason);
        assertBroken(verify("?aggregateId=" + aggregate), aggregate, 3, events.get(3), reason);
        Offline offline = verifyOffline(true);
        assertThat(offline.exitCode()).isEqualTo(1);
        assertBroken(offline.report(), aggregate, 3, events.get(3), reason);
        assertThat(offline.report()).isEqualTo(verify(""));
        assertThat(verifyOffline(false).exitCode()).as("no link after it reveals it").isZero();
    }

    @Test
    void aChangedCheckpointHeadIsCaughtOnTheServiceAndOffline() throws IOException {
        List<Long> events = history();
        long checkpoint = service.getBean(Checkpoints.class).take().orElseThrow();
        String aggregate = aggregateAt(events.get(0));
        String where = " where checkpoint_position = ? and aggregate_identifier = ?";
        String recorded = jdbc.queryForObject("select chain_hash from audit_checkpoint_head" + where, String.class,
                checkpoint, aggregate);
        String set = "update audit_checkpoint_head set chain_hash = ?" + where;
        jdbc.update(set, "0".repeat(64), checkpoint, aggregate);
        undo.add(() -> jdbc.update(set, recorded, checkpoint, aggregate));

        JsonNode report = verify("");
        assertBroken(report, aggregate, 3, events.get(3), "checkpoint mismatch: checkpoint " + checkpoint);
        Offline offline = verifyOffline(true);
        assertThat(offline.exitCode()).isEqualTo(1);
        assertThat(offline.report()).isEqualTo(report);
    }

    @Test
    void verifyingAnUnknownAggregateIsNotFound() {
        for (String unknown : List.of(UUID.randomUUID().toString(), "NO-SUCH-AGENCY", "not an id at all")) {
            Api.Answer answer = api.get("/api/v1/audit/verify?aggregateId=" + unknown.replace(" ", "%20"));
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void historyAndFeedShowTheAttributionTheRequestHeadersGaveNotTheBody() throws IOException {
        String recommendation = given.recommendation();
        Api.Answer closed = api.post("/api/v1/recommendations/" + recommendation + "/closure", Map.of(
                        "outcome", "WITHDRAWN", "rationale", "r", "closedOn", "2013-01-01"),
                "X-Correlation-Id", "audit-correlation-1", "Idempotency-Key", "audit-key-1");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        Api.Answer forged = api.post("/api/v1/recommendations/" + recommendation + "/reopening", Map.of(
                "reason", "r", "reopenedOn", "2013-01-01", "actor", "the-board-chair"));
        assertThat(forged.status()).isEqualTo(400);

        JsonNode history = api.get("/api/v1/recommendations/" + recommendation + "/history").json();
        assertThat(history).hasSize(2);
        JsonNode last = history.get(1);
        assertThat(last.get("actor").asText()).isEqualTo(TestUsers.BOARD.name());
        assertThat(last.get("role").asText()).isEqualTo("BOARD");
        assertThat(last.get("agency").isNull()).isTrue();
        assertThat(last.get("correlationId").asText()).isEqualTo("audit-correlation-1");
        assertThat(last.get("idempotencyKey").asText()).isEqualTo("audit-key-1");
        assertThat(last.get("metadata").get("idempotencyKey").asText()).isEqualTo("audit-key-1");
        assertThat(last.get("previousHash").asText()).isEqualTo(history.get(0).get("hash").asText());
        assertThat(history.get(0).get("idempotencyKey").isNull()).isTrue();
        assertThat(history.get(0).get("metadata").has("idempotencyKey")).isFalse();

        JsonNode fed = JSON.readTree(api.get("/api/v1/events?after=" + (closed.position() - 1) + "&limit=1").text()
                .lines().findFirst().orElseThrow());
        assertThat(fed.get("idempotencyKey").asText()).isEqualTo("audit-key-1");
        assertThat(fed.get("hash").asText()).isEqualTo(last.get("hash").asText());
    }
}
