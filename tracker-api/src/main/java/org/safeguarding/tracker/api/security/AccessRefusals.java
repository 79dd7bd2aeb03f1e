package org.safeguarding.tracker.api.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.tracker.api.web.ProblemType;
import org.safeguarding.tracker.api.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The 401 and 403 answers of the security filters, as RFC 9457 problems like every other error. */
final class AccessRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final boolean bearer;

    AccessRefusals(ObjectMapper json, boolean bearer) {
        this.json = json;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (presented) {
            AccessLog.signInFailed(request, e.getClass().getSimpleName());
        }
        if (bearer) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, e instanceof OAuth2AuthenticationException
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tracker\", charset=\"UTF-8\"");
        write(request, response, ProblemType.UNAUTHENTICATED.problem(presented
                ? "the credentials were not accepted" : "sign in with HTTP Basic credentials or a bearer token"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        AccessLog.forbidden(request);
        write(request, response, ProblemType.FORBIDDEN.problem());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a path that is no URI names nothing worth echoing
        }
        Problems.write(response, json, problem);
    }
}
