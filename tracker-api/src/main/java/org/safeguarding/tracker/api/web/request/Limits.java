package org.safeguarding.tracker.api.web.request;

/** Input bounds of the contract. */
final class Limits {

    /** text, summary, rationale, reason and note. */
    static final int LONG_TEXT = 4000;
    /** Every other string. */
    static final int SHORT_TEXT = 200;
    static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";
    static final String CODE_MESSAGE = "must be a code: capitals, digits, '_' or '-', at most 40, e.g. CSC";

    private Limits() {
    }
}
