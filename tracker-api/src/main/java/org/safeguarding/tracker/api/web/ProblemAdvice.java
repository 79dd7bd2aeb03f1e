package org.safeguarding.tracker.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.safeguarding.tracker.api.command.StaleVersionException;
import org.safeguarding.tracker.api.security.AccessLog;
import org.safeguarding.tracker.domain.rules.DateOrderException;
import org.safeguarding.tracker.domain.rules.DomainException;
import org.safeguarding.tracker.domain.rules.InvalidCommandException;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.domain.rules.ReferenceTakenException;
import org.safeguarding.tracker.domain.rules.UnknownReferenceException;
import org.safeguarding.tracker.domain.rules.UnknownResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API answers, in one place: each domain refusal to one problem type and status, and
 * every framework error to a problem document, so nothing falls through to a 500 with internals in it.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private static final Map<Class<? extends DomainException>, ProblemType> DOMAIN_TYPES = Map.of(
            InvalidCommandException.class, ProblemType.INVALID_REQUEST,
            UnknownReferenceException.class, ProblemType.UNKNOWN_REFERENCE,
            UnknownResourceException.class, ProblemType.NOT_FOUND,
            LifecycleRuleException.class, ProblemType.LIFECYCLE_RULE,
            DateOrderException.class, ProblemType.DATE_ORDER,
            ReferenceTakenException.class, ProblemType.REFERENCE_TAKEN);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return answer(Problems.aboutField(DOMAIN_TYPES.get(e.getClass()).problem(e.getMessage()), e.field(),
                e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return answer(Problems.aboutField(ProblemType.INVALID_REQUEST.problem(e.getMessage()), e.field(),
                e.getMessage()));
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException e) {
        return answer(ProblemType.NOT_FOUND.problem(
                e instanceof NotFoundException ? e.getMessage() : "nothing is stored under that id"));
    }

    /** A refusal decided where the data is read (an agency outside its own part), not by the URL rules. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, HttpServletRequest request) {
        AccessLog.forbidden(request);
        return answer(ProblemType.FORBIDDEN.problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean inPath = e.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        if (inPath) {
            return answer(ProblemType.NOT_FOUND.problem(
                    "nothing is stored under " + e.getName() + " '" + e.getValue() + "'"));
        }
        String message = "cannot be read as " + readableType(e.getRequiredType());
        return answer(Problems.aboutField(ProblemType.INVALID_REQUEST.problem(e.getName() + " " + message),
                e.getName(), message));
    }

    /** The security firewall checks header values when they are first read, which may be inside a controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return answer(ProblemType.INVALID_REQUEST.problem("a header holds a character that is not allowed"));
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrent(RuntimeException e) {
        return answer(ProblemType.CONCURRENT_CHANGE.problem());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e) {
        return answer(ProblemType.STALE_VERSION.problem(e.getMessage()));
    }

    @ExceptionHandler(ProjectionBehindException.class)
    ResponseEntity<Object> behind(ProjectionBehindException e) {
        ProblemDetail problem = ProblemType.PROJECTION_BEHIND.problem(e.getMessage());
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<Object> unavailable() {
        ProblemDetail problem = ProblemType.SERVICE_UNAVAILABLE.problem();
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.warn("refused by a database constraint [{}]", MDC.get("correlationId"), e);
        return answer(ProblemType.CONFLICT.problem());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("database unavailable [{}]: {}", MDC.get("correlationId"), DatabaseUnavailable.describe(e));
            return unavailable();
        }
        log.error("unexpected failure [{}]", MDC.get("correlationId"), e);
        return answer(ProblemType.INTERNAL.problem("the service failed; quote correlation id "
                + MDC.get("correlationId")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(Problems.error(error.getField(), String.valueOf(error.getDefaultMessage()))));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Problems.error(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return answer(Problems.withErrors(ProblemType.INVALID_REQUEST.problem("some fields are invalid"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Problems.error(String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage())))));
        return answer(Problems.withErrors(ProblemType.INVALID_REQUEST.problem("some parameters are invalid"),
                errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemType.MALFORMED_REQUEST.problem();
        Throwable cause = e.getCause();
        if (cause == null && StrictUtf8JsonConverter.NOT_UTF8.equals(e.getMessage())) {
            problem.setDetail(e.getMessage());
        } else if (cause instanceof JsonParseException) {
            problem.setDetail("the body is not well-formed JSON");
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = fieldMessage(mapping);
            problem.setDetail(field + " " + message);
            Problems.aboutField(problem, field, message);
        }
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && problem.getTitle() == null) {
            problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
        }
        return answer;
    }

    private static String fieldMessage(JsonMappingException mapping) {
        if (mapping instanceof RequestStrings.ControlCharacterException) {
            return mapping.getOriginalMessage();
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (mapping instanceof InvalidFormatException format) {
            return "cannot be read as " + readableType(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException input && input.getTargetType() != null) {
            return "cannot be read as " + readableType(input.getTargetType());
        }
        return "cannot be read";
    }

    private static String readableType(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant" -> "an instant (ISO-8601, e.g. 2014-03-01T09:30:00Z)";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            case "List" -> "a list";
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "the expected type";
        };
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
