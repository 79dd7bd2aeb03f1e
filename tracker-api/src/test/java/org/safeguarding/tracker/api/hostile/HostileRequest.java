package org.safeguarding.tracker.api.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated request, as bytes on the wire, with what was done to it ({@code tampering}) and whether it
 * must be refused whatever the state ({@code mustBeRefused}: no valid request looks like it). Printed readably,
 * so that a shrunk failing example says what was sent.
 */
record HostileRequest(String operation, String caller, String method, String target, List<Header> headers,
                      byte[] body, boolean chunked, List<String> tampering, boolean mustBeRefused) {

    private static final int SHOWN = 300;

    record Header(String name, byte[] value) {
        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return name + ": " + shown(value);
        }
    }

    boolean isCommand() {
        return method.equals("POST") || method.equals("PUT");
    }

    @Override
    public String toString() {
        return "\n  " + method + " " + shown(target.getBytes(StandardCharsets.ISO_8859_1)) + "  (" + operation
                + ", as " + caller + ")"
                + headers.stream().map(header -> "\n  " + header).collect(Collectors.joining())
                + (body == null ? "" : "\n  body" + (chunked ? " (chunked)" : "") + ", " + body.length + " bytes: "
                + shown(body))
                + "\n  tampering: " + tampering + (mustBeRefused ? " (must be refused)" : "");
    }

    /** Printable ASCII as it is, anything else as \xNN, cut after a few hundred bytes. */
    static String shown(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, SHOWN); i++) {
            int b = bytes[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return bytes.length > SHOWN ? text + "... (" + bytes.length + " bytes)" : text.toString();
    }
}
