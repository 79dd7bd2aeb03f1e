package org.safeguarding.tracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class BasicUsersTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void eachEntryIsAUserWithItsRoleItsAgencyAndOnlyAHashOfItsPassword() {
        List<UserDetails> users = BasicUsers.parse("chair:s3cret:BOARD, police-lead:p4ss:AGENCY:POLICE", encoder);

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("chair", "police-lead");
        assertThat(AccessGrant.of(users.get(0).getAuthorities())).contains(new AccessGrant(Role.BOARD, null));
        assertThat(AccessGrant.of(users.get(1).getAuthorities())).contains(new AccessGrant(Role.AGENCY, "POLICE"));
        assertThat(users.get(0).getPassword()).startsWith("$2a$").doesNotContain("s3cret");
        assertThat(encoder.matches("s3cret", users.get(0).getPassword())).isTrue();
    }

    @Test
    void noEntriesAreNoUsers() {
        assertThat(BasicUsers.parse(null, encoder)).isEmpty();
        assertThat(BasicUsers.parse("  ", encoder)).isEmpty();
    }

    @Test
    void aBadEntryStopsTheStartNamingItsPlaceButNeverItsPassword() {
        for (String spec : List.of("chair:hunter2", "chair:hunter2:ADMIN", "chair:hunter2:AGENCY",
                "chair:hunter2:BOARD:POLICE", "chair:hunter2:AGENCY:not a code", ":hunter2:BOARD",
                "chair:hunter2:BOARD,chair:hunter2:AUDITOR")) {
            assertThatThrownBy(() -> BasicUsers.parse(spec, encoder)).as(spec)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tracker.security.basic-users entry")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }
}
