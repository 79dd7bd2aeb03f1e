package org.safeguarding.tracker.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguarding.tracker.api.command.CommandMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One line per failed sign-in and per forbidden attempt: who, which path, which correlation id. Never a
 * password, a token or anything of the body; the user name is the caller's text, so it is cut and sanitised.
 */
public final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final int MAX_NAME = 100;

    private AccessLog() {
    }

    public static void signInFailed(HttpServletRequest request, String reason) {
        log.warn("sign-in failed: user={} path={} correlationId={} reason={}", claimedUser(request),
                request.getRequestURI(), MDC.get(CommandMetadata.CORRELATION_ID), reason);
    }

    public static void forbidden(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? "anonymous" : sanitised(authentication.getName());
        String role = authentication == null ? "NONE" : AccessGrant.of(authentication.getAuthorities())
                .map(grant -> grant.role().name()).orElse("NONE");
        log.warn("forbidden: user={} role={} method={} path={} correlationId={}", user, role, request.getMethod(),
                request.getRequestURI(), MDC.get(CommandMetadata.CORRELATION_ID));
    }

    /** The user name a Basic header claims (its password is never decoded into a string), or the scheme. */
    private static String claimedUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return "none";
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                byte[] decoded = Base64.getDecoder().decode(header.substring(6).trim());
                int colon = 0;
                while (colon < decoded.length && decoded[colon] != ':') {
                    colon++;
                }
                return sanitised(new String(decoded, 0, colon, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return "(unreadable Basic header)";
            }
        }
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? "(bearer token)" : "(other scheme)";
    }

    private static String sanitised(String name) {
        String cut = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        return cut.replaceAll("[^A-Za-z0-9._@+-]", "?");
    }
}
