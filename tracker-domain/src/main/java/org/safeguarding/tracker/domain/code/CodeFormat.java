package org.safeguarding.tracker.domain.code;

import java.util.regex.Pattern;

import org.safeguarding.tracker.domain.rules.InvalidCommandException;

/**
 * The one rule for the codes of boards, agencies and themes: capitals, digits, '_' or '-', starting with a
 * capital or digit, at most 40 characters. Stable codes keep spellings from splitting counts.
 */
public final class CodeFormat {

    public static final String REGEX = "^[A-Z0-9][A-Z0-9_-]{0,39}$";
    public static final String MESSAGE = "must be a code: capitals, digits, '_' or '-', at most 40, e.g. CSC";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private CodeFormat() {
    }

    public static boolean matches(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** The value, when it is a code; else refused as invalid {@code field}. */
    static String require(String field, String value) {
        if (!matches(value)) {
            throw new InvalidCommandException(field, MESSAGE);
        }
        return value;
    }
}
