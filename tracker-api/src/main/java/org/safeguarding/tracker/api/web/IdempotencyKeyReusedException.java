package org.safeguarding.tracker.api.web;

/** An Idempotency-Key already answered a different request (422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was first used with a different request", null, false, false);
    }
}
