package org.safeguarding.tracker.api.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.security.*}: who may sign in, and how.
 *
 * @param basicUsers             HTTP Basic users, {@code name:password:ROLE[:AGENCY]} comma-separated (env
 *                               {@code TRACKER_SECURITY_BASIC_USERS}); hashed at start, never kept in plain text
 * @param basicPasswordLogRounds BCrypt cost (log2 rounds, 4..31) of those hashes; a Basic user pays it on the first request, then every five minutes (RememberedVerifications)
 * @param jwt                    the bearer tokens accepted, when {@code issuer} is set
 * @param cors                   cross-origin access, none unless origins are listed
 */
@ConfigurationProperties("tracker.security")
public record AccessProperties(String basicUsers, @DefaultValue("10") int basicPasswordLogRounds,
                               @DefaultValue Jwt jwt, @DefaultValue Cors cors) {

    /**
     * @param issuer     the {@code iss} every token must carry; empty: bearer tokens are not accepted
     * @param audience   a value the token's {@code aud} must contain (required with an issuer)
     * @param jwkSetUri  where the issuer's signing keys are; empty: discovered from the issuer's metadata
     * @param nameClaim  the claim naming the principal, recorded as the actor of every event
     * @param roleClaim  the claim holding the role (BOARD, AGENCY, AUDITOR, DASHBOARD)
     * @param agencyClaim the claim holding the agency code, required when the role is AGENCY
     */
    public record Jwt(String issuer, String audience, String jwkSetUri, @DefaultValue("sub") String nameClaim,
                      @DefaultValue("tracker_role") String roleClaim,
                      @DefaultValue("tracker_agency") String agencyClaim) {

        public boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }

    /**
     * @param allowedOrigins origins allowed to call the API from a browser; empty: no CORS headers at all
     * @param allowedMethods methods they may use
     * @param allowedHeaders request headers they may send
     */
    public record Cors(@DefaultValue List<String> allowedOrigins,
                       @DefaultValue({"GET", "POST", "PUT"}) List<String> allowedMethods,
                       @DefaultValue({"Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                               "X-Correlation-Id"}) List<String> allowedHeaders) {
    }
}
