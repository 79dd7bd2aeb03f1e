package org.safeguarding.tracker.api.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The HTTP Basic users of {@code tracker.security.basic-users}: {@code name:password:ROLE[:AGENCY]}, comma-separated.
 * Each password is hashed as it is read; a bad entry stops the start-up, naming its place but never its password.
 */
public final class BasicUsers {

    private BasicUsers() {
    }

    public static List<UserDetails> parse(String spec, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return users;
        }
        Set<String> names = new HashSet<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].trim().split(":", -1);
            String where = "tracker.security.basic-users entry " + (i + 1);
            if (parts.length < 3 || parts.length > 4 || parts[0].isBlank() || parts[1].isEmpty()) {
                throw new IllegalStateException(where + " is not name:password:ROLE[:AGENCY]");
            }
            Role role = AccessGrant.roleNamed(parts[2].trim()).orElseThrow(() ->
                    new IllegalStateException(where + ": the role is one of BOARD, AGENCY, AUDITOR, DASHBOARD"));
            if ((role == Role.AGENCY) != (parts.length == 4)) {
                throw new IllegalStateException(where + ": an agency is given exactly for the AGENCY role");
            }
            AccessGrant grant;
            try {
                grant = new AccessGrant(role, parts.length == 4 ? parts[3].trim() : null);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": the agency is a code such as CSC");
            }
            String name = parts[0].trim();
            if (!names.add(name)) {
                throw new IllegalStateException(where + ": user " + name + " is listed twice");
            }
            users.add(User.withUsername(name).password(encoder.encode(parts[1]))
                    .authorities(grant.authorities()).build());
        }
        return users;
    }
}
