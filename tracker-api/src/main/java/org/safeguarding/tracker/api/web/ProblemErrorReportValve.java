package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own refusals, of requests that never reach the application (an invalid character or percent-encoding
 * in the URL, a header too large or with a control character, an unparseable Content-Length), answered as
 * RFC 9457 problems like every other error, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer already started: nothing more to tell it
        }
    }

    private static ObjectNode problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        ObjectNode problem = JSON.createObjectNode();
        if (status == ProblemType.MALFORMED_REQUEST.status().value()) {
            problem.put("type", ProblemType.MALFORMED_REQUEST.type().toString())
                    .put("title", ProblemType.MALFORMED_REQUEST.title());
        } else {
            problem.put("type", "about:blank").put("title", known == null ? "Error" : known.getReasonPhrase());
        }
        return problem.put("status", status)
                .put("detail", "the request is not valid HTTP: its request line or a header cannot be read");
    }
}
