package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** The validation part of the RFC 9457 documents the API answers with (see {@link ProblemType} for the rest). */
public final class Problems {

    private static final Comparator<Map<String, String>> BY_FIELD_THEN_MESSAGE =
            Comparator.<Map<String, String>, String>comparing(error -> error.get("field"))
                    .thenComparing(error -> error.get("message"));

    private Problems() {
    }

    /** Adds the errors, ordered by field and message: validation finds them in no fixed order. */
    public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().sorted(BY_FIELD_THEN_MESSAGE).toList());
        }
        return problem;
    }

    /** One invalid field, written {@code {"field", "message"}} in that order. */
    public static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** The problem with one error naming {@code field}, or without errors when no field is named. */
    public static ProblemDetail aboutField(ProblemDetail problem, String field, String message) {
        return field == null ? problem : withErrors(problem, List.of(error(field, message)));
    }

    /** Answers with a problem from a filter, where no controller advice is reached. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
