package org.safeguarding.tracker.api.web.request;

/** Input bounds of the contract. */
final class Limits {

    /** text, summary, rationale, reason and note. */
    static final int LONG_TEXT = 4000;
    /** Every other string. */
    static final int SHORT_TEXT = 200;

    private Limits() {
    }
}
