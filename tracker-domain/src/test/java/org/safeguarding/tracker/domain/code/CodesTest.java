package org.safeguarding.tracker.domain.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.tracker.domain.rules.InvalidCommandException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodesTest {

    private static final String FORTY = "ABCDEFGHIJ0123456789ABCDEFGHIJ0123456789";

    @ParameterizedTest
    @ValueSource(strings = {"CSC", "A", "0", "LSCB-NORTH", "VOICE_OF_CHILD", "9-_", FORTY})
    void capitalsDigitsUnderscoresAndHyphensUpToForty_areCodes(String value) {
        assertThat(new AgencyCode(value).value()).isEqualTo(value);
        assertThat(new BoardCode(value).toString()).isEqualTo(value);
        assertThat(new Theme(value)).isEqualTo(new Theme(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "csc", "Csc", "-CSC", "_CSC", "BOARD ONE", "CSC\n", "ÉCOLE", FORTY + "A"})
    void anythingElse_isRefusedAsInvalidNamingTheField(String value) {
        assertRefused(() -> new AgencyCode(value), "agency");
        assertRefused(() -> new BoardCode(value), "board");
        assertRefused(() -> new Theme(value), "theme");
    }

    @Test
    void anAgencyCodeReadFromAnotherField_isRefusedNamingThatField() {
        assertRefused(() -> AgencyCode.of("code", "lower-case"), "code");
        assertThat(AgencyCode.of("code", "CSC")).isEqualTo(new AgencyCode("CSC"));
    }

    private static void assertRefused(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(CodeFormat.MESSAGE);
    }
}
