package org.safeguarding.tracker.domain.code;

/** A safeguarding board's code, e.g. LSCB-NORTH. */
public record BoardCode(String value) {

    public BoardCode {
        CodeFormat.require("board", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
