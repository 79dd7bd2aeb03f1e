package org.safeguarding.tracker.api.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of problem the API answers: its type ({@value #TYPE_PREFIX}{@code <kind>}), title and status, and
 * the detail of the kinds whose detail never varies. The advice, the filters and the OpenAPI examples read it.
 */
public enum ProblemType {

    INVALID_REQUEST("invalid-request", "The request is invalid", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "The request is malformed", HttpStatus.BAD_REQUEST,
            "the body is not a JSON document of the expected shape"),
    UNAUTHENTICATED("unauthenticated", "Sign-in required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Not allowed for your role", HttpStatus.FORBIDDEN,
            "your role does not allow this request"),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    LIFECYCLE_RULE("lifecycle-rule", "A lifecycle rule forbids this", HttpStatus.CONFLICT),
    DATE_ORDER("date-order", "A date is earlier than a recorded date it must follow", HttpStatus.CONFLICT),
    REFERENCE_TAKEN("reference-taken", "The reference is already taken", HttpStatus.CONFLICT),
    CONCURRENT_CHANGE("concurrent-change", "Changed concurrently", HttpStatus.CONFLICT,
            "another command changed it at the same moment; read it again and retry"),
    CONFLICT("conflict", "Conflicts with stored data", HttpStatus.CONFLICT,
            "the request conflicts with what is stored"),
    STALE_VERSION("stale-version", "Version mismatch", HttpStatus.PRECONDITION_FAILED),
    TOO_LARGE("too-large", "Request too large", HttpStatus.PAYLOAD_TOO_LARGE,
            "a request body is at most " + RequestSizeFilter.MAX_BODY_BYTES + " bytes"),
    UNKNOWN_REFERENCE("unknown-reference", "The request names nothing stored", HttpStatus.UNPROCESSABLE_ENTITY),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", HttpStatus.UNPROCESSABLE_ENTITY,
            "this Idempotency-Key was first used with a different request"),
    PROJECTION_BEHIND("projection-behind", "Not caught up yet", HttpStatus.SERVICE_UNAVAILABLE),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "the database cannot be reached or did not answer in time; retry shortly (a command resent with the "
                    + "same Idempotency-Key is never applied twice)"),
    INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    public static final String TYPE_PREFIX = "urn:tracker:problem:";

    private final String kind;
    private final String title;
    private final HttpStatus status;
    private final String fixedDetail;

    ProblemType(String kind, String title, HttpStatus status) {
        this(kind, title, status, null);
    }

    ProblemType(String kind, String title, HttpStatus status, String fixedDetail) {
        this.kind = kind;
        this.title = title;
        this.status = status;
        this.fixedDetail = fixedDetail;
    }

    /** The last part of the type URI, e.g. {@code not-found}. */
    public String kind() {
        return kind;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + kind);
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem document of this kind, with its fixed detail. */
    public ProblemDetail problem() {
        if (fixedDetail == null) {
            throw new IllegalStateException(kind + " problems say what is wrong: give a detail");
        }
        return problem(fixedDetail);
    }

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        return problem;
    }

    /** The kind named by a type URI's last part. */
    public static ProblemType ofKind(String kind) {
        for (ProblemType type : values()) {
            if (type.kind.equals(kind)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no problem type " + kind);
    }
}
