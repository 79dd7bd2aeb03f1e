package org.safeguarding.tracker.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 documents the API answers with; {@code type} names the kind of problem. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:tracker:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
