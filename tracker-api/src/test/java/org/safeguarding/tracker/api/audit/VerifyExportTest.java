package org.safeguarding.tracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier's answers to exports that cannot be checked (intact and broken ones are in AuditIT). */
class VerifyExportTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anEmptyExportIsUnreadableNotIntact() throws IOException {
        Path export = Files.writeString(folder.resolve("export.ndjson"), "\n");

        assertThat(run(export.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds no events");
    }

    @Test
    void aLineThatIsNotAnEventIsUnreadable() throws IOException {
        Path export = Files.writeString(folder.resolve("export.ndjson"), "{\"type\":\"problem\"}\n");

        assertThat(run(export.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at line 1");
    }

    @Test
    void withoutAnExportItPrintsHowToUseIt() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
    }

    private int run(String... args) {
        return VerifyExport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
