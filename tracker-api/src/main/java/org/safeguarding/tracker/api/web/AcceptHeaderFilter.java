package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.util.Collections;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an Accept header that cannot be read (406) before anything runs. Left to Spring, it fails content
 * negotiation twice, for the answer and again for the problem about it, and leaves every error answer empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class AcceptHeaderFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public AcceptHeaderFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (IllegalArgumentException unreadable) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                    "the Accept header cannot be read as media types");
            problem.setTitle(HttpStatus.NOT_ACCEPTABLE.getReasonPhrase());
            Problems.write(response, json, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
