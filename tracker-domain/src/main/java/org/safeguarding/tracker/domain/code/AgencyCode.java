package org.safeguarding.tracker.domain.code;

/** An agency's stable code, e.g. CSC. */
public record AgencyCode(String value) {

    public AgencyCode {
        CodeFormat.require("agency", value);
    }

    /** The code read from a request's {@code field}, refused naming that field when it is not a code. */
    public static AgencyCode of(String field, String value) {
        return new AgencyCode(CodeFormat.require(field, value));
    }

    @Override
    public String toString() {
        return value;
    }
}
