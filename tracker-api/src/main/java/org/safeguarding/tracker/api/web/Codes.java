package org.safeguarding.tracker.api.web;

import java.util.regex.Pattern;

/** Codes of boards, agencies and themes: {@value #REGEX}. */
public final class Codes {

    public static final String REGEX = "^[A-Z0-9][A-Z0-9_-]{0,39}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Codes() {
    }

    /** The code, when it is one; else a 400 about {@code field}. */
    public static String require(String field, String code) {
        if (code == null || !PATTERN.matcher(code).matches()) {
            throw new InvalidRequestException(field, "must match " + REGEX);
        }
        return code;
    }
}
