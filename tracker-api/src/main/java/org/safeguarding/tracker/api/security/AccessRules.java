package org.safeguarding.tracker.api.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which roles may call which endpoints, first match wins; the security filter enforces it and the OpenAPI
 * document shows it. What an AGENCY may see inside an allowed endpoint is decided where the data is read
 * ({@link AgencyScope}); {@code agencyScope} says what that is.
 */
public final class AccessRules {

    public record Rule(HttpMethod method, String pattern, Set<Role> roles, String agencyScope) {

        public boolean matches(HttpMethod method, String path) {
            return (this.method == null || this.method.equals(method))
                    && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    private static final Set<Role> READERS = EnumSet.of(Role.BOARD, Role.AUDITOR, Role.AGENCY);
    private static final String OWN_RECOMMENDATIONS = "only recommendations on which its agency has an assignment, "
            + "showing only its own agency's assignments, evidence and history entries; any other id answers 404";

    public static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/v1/events", EnumSet.of(Role.BOARD, Role.AUDITOR), null),
            new Rule(HttpMethod.GET, "/api/v1/audit/**", EnumSet.of(Role.BOARD, Role.AUDITOR), null),
            new Rule(HttpMethod.GET, "/api/v1/views/rebuild", EnumSet.of(Role.BOARD, Role.AUDITOR), null),
            new Rule(HttpMethod.GET, "/api/v1/views/themes", EnumSet.of(Role.BOARD, Role.AUDITOR, Role.DASHBOARD),
                    null),
            new Rule(HttpMethod.GET, "/api/v1/views/re-referrals",
                    EnumSet.of(Role.BOARD, Role.AUDITOR, Role.DASHBOARD), null),
            new Rule(HttpMethod.GET, "/api/v1/views/time-to-implementation", EnumSet.allOf(Role.class),
                    "only groupBy=agency, and only its own agency's row; other groupings answer 403"),
            new Rule(HttpMethod.GET, "/api/v1/views/**", EnumSet.allOf(Role.class),
                    "only its own agency's rows; an agency filter naming another agency matches nothing"),
            new Rule(HttpMethod.GET, "/api/v1/recommendations/**", READERS, OWN_RECOMMENDATIONS),
            new Rule(HttpMethod.GET, "/api/v1/reviews/**", READERS,
                    "only reviews with a recommendation on which its agency has an assignment, listing and counting "
                            + "only those recommendations; any other id answers 404"),
            new Rule(HttpMethod.GET, "/api/v1/agencies/**", READERS, "every agency's code and name"),
            new Rule(HttpMethod.POST, "/api/v1/recommendations/*/evidence", EnumSet.of(Role.BOARD, Role.AGENCY),
                    "only as its own agency (403 otherwise, nothing recorded), on recommendations it may read "
                            + "(404 otherwise)"),
            new Rule(null, "/api/v1/dead-letters/**", EnumSet.of(Role.BOARD), null),
            new Rule(null, "/api/**", EnumSet.of(Role.BOARD), null));

    private AccessRules() {
    }

    public static Optional<Rule> of(HttpMethod method, String path) {
        return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    static String[] authorities(Set<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
