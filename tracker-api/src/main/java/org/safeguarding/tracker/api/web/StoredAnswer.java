package org.safeguarding.tracker.api.web;

import java.util.Map;

/** The first answer given to an Idempotency-Key, replayed to every retry of the same request. */
public record StoredAnswer(String requestHash, int status, Map<String, String> headers, byte[] body) {
}
