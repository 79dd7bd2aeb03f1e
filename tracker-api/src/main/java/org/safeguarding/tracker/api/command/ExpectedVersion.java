package org.safeguarding.tracker.api.command;

import java.util.OptionalLong;

/**
 * The version an {@code If-Match} header names: a command applies only to that version. Absent or
 * {@code *}: any version.
 */
public record ExpectedVersion(String ifMatch) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public void check(long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        OptionalLong expected = parse(ifMatch.trim());
        if (expected.isEmpty() || expected.getAsLong() != currentVersion) {
            throw new StaleVersionException(ifMatch, currentVersion);
        }
    }

    private static OptionalLong parse(String header) {
        String tag = header.startsWith("W/") ? header.substring(2) : header;
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
