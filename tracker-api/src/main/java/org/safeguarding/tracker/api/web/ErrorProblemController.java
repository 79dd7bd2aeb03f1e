package org.safeguarding.tracker.api.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: what fails outside the controllers (a URL the security firewall rejects, an
 * error sent by a filter) answers a problem document too, written directly so that no Accept header can leave
 * it empty.
 */
@Hidden
@RestController
public class ErrorProblemController implements ErrorController {

    private final ObjectMapper json;

    public ErrorProblemController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        response.resetBuffer();
        Problems.write(response, json, problem(status));
    }

    private static ProblemDetail problem(int status) {
        return switch (status) {
            case 400 -> ProblemType.INVALID_REQUEST.problem("the request cannot be handled as sent (e.g. an encoded "
                    + "slash, a dot segment or a semicolon in its URL)");
            case 404 -> ProblemType.NOT_FOUND.problem("nothing is here");
            case 500 -> ProblemType.INTERNAL.problem("the service failed; quote correlation id "
                    + MDC.get("correlationId"));
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                ProblemDetail problem = ProblemDetail.forStatus(status);
                problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
                problem.setDetail("the request was refused: " + problem.getTitle());
                yield problem;
            }
        };
    }
}
