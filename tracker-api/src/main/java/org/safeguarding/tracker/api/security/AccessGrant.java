package org.safeguarding.tracker.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguarding.tracker.domain.code.CodeFormat;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a principal may do: its role and, for {@link Role#AGENCY} only, its agency. Carried as Spring Security
 * authorities ({@code ROLE_<role>}, {@code agency:<code>}) so that Basic users and bearer tokens read the same.
 */
public record AccessGrant(Role role, String agency) {

    private static final String AGENCY_PREFIX = "agency:";

    public AccessGrant {
        if (role == Role.AGENCY && (agency == null || !CodeFormat.matches(agency))) {
            throw new IllegalArgumentException("the AGENCY role needs an agency code");
        }
        if (role != Role.AGENCY) {
            agency = null;
        }
    }

    /** The role of that exact name, from configuration or a token; empty when it names none. */
    public static Optional<Role> roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public List<GrantedAuthority> authorities() {
        return agency == null ? List.of(new SimpleGrantedAuthority(role.authority()))
                : List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(AGENCY_PREFIX + agency));
    }

    /** The grant those authorities carry; empty when they carry no role. */
    public static Optional<AccessGrant> of(Collection<? extends GrantedAuthority> authorities) {
        Role role = null;
        String agency = null;
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(AGENCY_PREFIX)) {
                agency = name.substring(AGENCY_PREFIX.length());
            } else if (name != null && name.startsWith("ROLE_")) {
                role = roleNamed(name.substring("ROLE_".length())).orElse(role);
            }
        }
        return role == null ? Optional.empty() : Optional.of(new AccessGrant(role, agency));
    }
}
