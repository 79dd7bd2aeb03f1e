package org.safeguarding.tracker.api.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;

/**
 * The offline verifier: checks an NDJSON export of {@code /events} (its pages concatenated, or {@code -} for
 * standard input) with the service's own {@link ChainVerification}, with no service and no database, and prints
 * the same report as {@code GET /audit/verify}. Exit code 0 intact, 1 broken, 2 unreadable input. Checkpoints
 * are not in the export, so a deleted last event of an aggregate is for the service's verify to find.
 */
public final class VerifyExport {

    private static final ObjectMapper JSON = CanonicalJson.READER.copy()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VerifyExport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: VerifyExport <export.ndjson | ->");
            return 2;
        }
        ChainVerification verification = new ChainVerification();
        long line = 0;
        try (BufferedReader lines = args[0].equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                RecordedEvent event = JSON.readValue(text, RecordedEvent.class);
                if (event.aggregateId() == null || event.recordedAt() == null || event.payload() == null) {
                    throw new IOException("not an event of /events: no aggregateId, recordedAt or payload");
                }
                verification.accept(event);
            }
        } catch (IOException | RuntimeException e) {
            err.println("unreadable input" + (line > 0 ? " at line " + line : "") + ": " + e.getMessage());
            return 2;
        }
        VerificationReport report = verification.report();
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return report.intact() ? 0 : 1;
    }
}
