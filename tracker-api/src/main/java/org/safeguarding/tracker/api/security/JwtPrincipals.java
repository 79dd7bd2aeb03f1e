package org.safeguarding.tracker.api.security;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A validated token as a tracker principal: its name, role and agency from the configured claims. A token that
 * names no known role, or the AGENCY role without an agency, identifies nobody here: 401, like an invalid one.
 */
final class JwtPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccessProperties.Jwt claims;

    JwtPrincipals(AccessProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(claims.nameClaim());
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("the token has no " + claims.nameClaim() + " claim");
        }
        Role role = AccessGrant.roleNamed(jwt.getClaimAsString(claims.roleClaim())).orElseThrow(() ->
                new InvalidBearerTokenException("the token's " + claims.roleClaim()
                        + " claim is none of BOARD, AGENCY, AUDITOR, DASHBOARD"));
        AccessGrant grant;
        try {
            grant = new AccessGrant(role, jwt.getClaimAsString(claims.agencyClaim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("an AGENCY token needs an agency code in its "
                    + claims.agencyClaim() + " claim");
        }
        return new JwtAuthenticationToken(jwt, List.copyOf(grant.authorities()), name);
    }
}
