package org.safeguarding.tracker.api.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;

/**
 * The offline verifier: checks an NDJSON export of {@code /events} (its pages concatenated, or {@code -} for
 * standard input) with the service's own {@link ChainVerification}, with no service and no database, and prints
 * the same report as {@code GET /audit/verify}. Given {@code --checkpoints} and an export of
 * {@code /audit/checkpoints}, it recomputes those too and checks every head they record against the export,
 * so a deleted last event of an aggregate shows. Exit code 0 intact, 1 broken, 2 unreadable input.
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
        boolean withCheckpoints = args.length == 3 && args[1].equals("--checkpoints");
        if (args.length != 1 && !withCheckpoints || withCheckpoints && args[0].equals("-") && args[2].equals("-")) {
            err.println("usage: VerifyExport <export.ndjson | -> [--checkpoints <checkpoints.ndjson | ->]");
            return 2;
        }
        ChainVerification verification = new ChainVerification();
        try {
            if (withCheckpoints) {
                read(args[2], Checkpoint.class, checkpoint -> {
                    if (checkpoint.hash() == null || checkpoint.heads() == null) {
                        throw new IllegalArgumentException("not a checkpoint of /audit/checkpoints: no hash or heads");
                    }
                    verification.checkpoint(checkpoint);
                });
            }
            read(args[0], RecordedEvent.class, event -> {
                if (event.aggregateId() == null || event.recordedAt() == null || event.payload() == null) {
                    throw new IllegalArgumentException(
                            "not an event of /events: no aggregateId, recordedAt or payload");
                }
                verification.accept(event);
            });
        } catch (Unreadable e) {
            err.println(e.getMessage());
            return 2;
        }
        VerificationReport report = verification.report();
        if (report.checkedEvents() == 0) {
            // a log always holds events: an empty export is a failed one (e.g. pages fetched without sign-in)
            err.println("the export " + args[0] + " holds no events");
            return 2;
        }
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return report.intact() ? 0 : 1;
    }

    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Each non-blank line of the file (or of standard input for {@code -}), read as one {@code type}. */
    private static <T> void read(String file, Class<T> type, Consumer<T> each) throws Unreadable {
        long line = 0;
        try (BufferedReader lines = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                if (!text.isBlank()) {
                    each.accept(JSON.readValue(text, type));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("unreadable input " + file + (line > 0 ? " at line " + line : "") + ": "
                    + e.getMessage());
        }
    }
}
