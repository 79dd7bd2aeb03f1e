package org.safeguarding.tracker.domain.code;

/** A theme a recommendation carries, e.g. ESCALATION; the views count recurring themes by it. */
public record Theme(String value) {

    public Theme {
        CodeFormat.require("theme", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
