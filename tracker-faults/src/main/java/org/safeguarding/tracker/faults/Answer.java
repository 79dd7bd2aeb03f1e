package org.safeguarding.tracker.faults;

import java.net.http.HttpHeaders;

/**
 * What one HTTP attempt came back with: a status and its answer, or a failure (no answer at all). Times are
 * milliseconds since the harness started.
 */
record Answer(int instance, String method, String path, int status, HttpHeaders headers, String body,
              long sentAt, long tookMillis, String failure) {

    static final int NO_ANSWER = -1;

    boolean answered() {
        return status != NO_ANSWER;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Worth the same request again on another instance: no answer, or the service said "not now". */
    boolean retryable() {
        return !answered() || status == 503 || status == 502 || status == 504;
    }

    String header(String name) {
        return headers == null ? null : headers.firstValue(name).orElse(null);
    }

    boolean isProblem() {
        String type = header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    /** A 503 problem document with Retry-After: how every answer must look while the database is away. */
    boolean isUnavailableProblem() {
        return status == 503 && isProblem() && header("Retry-After") != null;
    }

    /** Status, or the kind of failure when there was no answer, for the figures. */
    String outcome() {
        return answered() ? String.valueOf(status) : failure;
    }

    /** What the figures keep of an answer: feed pages are large, and there are many thousands of answers. */
    Answer withoutBody() {
        return new Answer(instance, method, path, status, headers, null, sentAt, tookMillis, failure);
    }

    long answeredAt() {
        return sentAt + tookMillis;
    }
}
