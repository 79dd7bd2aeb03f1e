package org.safeguarding.tracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return CanonicalJson.write(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() {
        assertThat(canonical("{ \"b\": 1, \"a\": { \"z\": [3, 2], \"y\": null } }"))
                .isEqualTo("{\"a\":{\"y\":null,\"z\":[3,2]},\"b\":1}");
    }

    @Test
    void sortsKeysByUtf16CodeUnits() {
        // U+00E9 sorts after 'z', and the surrogate pair of U+1F600 after U+00E9
        assertThat(canonical("{\"\uD83D\uDE00\":1,\"é\":2,\"z\":3,\"Z\":4}"))
                .isEqualTo("{\"Z\":4,\"z\":3,\"é\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void keepsUnicodeAsItselfAndEscapesOnlyQuotesBackslashesAndControls() {
        assertThat(canonical("\"caf\\u00e9 \\ud83d\\ude00 \\/ \\\" \\\\ \\n \\u0001 \\u007f\""))
                .isEqualTo("\"café \uD83D\uDE00 / \\\" \\\\ \\n \\u0001 \u007f\"");
    }

    @Test
    void writesNumbersByTheirExactValue() {
        assertThat(canonical("[1, 1.0, 1e0, 10E-1, -0, 0.0, 1.50, 100, 1e2, 12345678901234567890123]"))
                .isEqualTo("[1,1,1,1,0,0,1.5,100,100,12345678901234567890123]");
        assertThat(canonical("[0.1, 0.10000000000000001, 2.5e-3]")).isEqualTo("[0.1,0.10000000000000001,0.0025]");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> canonical("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }
}
