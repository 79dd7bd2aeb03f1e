package org.safeguarding.tracker.api.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection a request: sends exactly the bytes asked for (control characters
 * in headers, invalid UTF-8, a chunked body, no length), which {@code java.net.http} refuses to.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    record Reply(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Reply send(int port, HostileRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                write(socket.getOutputStream(), port, request);
            } catch (IOException refusedMidBody) {
                // the service may answer (413) and close before the whole body is sent: its answer still counts
            }
            return read(socket.getInputStream(), request.method().equals("HEAD"));
        }
    }

    private static void write(OutputStream out, int port, HostileRequest request) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (HostileRequest.Header header : request.headers()) {
            head.writeBytes((header.name() + ": ").getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(header.value());
            head.writeBytes(new byte[] {'\r', '\n'});
        }
        byte[] body = request.body();
        if (body != null && request.chunked()) {
            head.writeBytes("Transfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(head.toByteArray());
            for (int from = 0; from < body.length; from += 65_536) {
                int length = Math.min(65_536, body.length - from);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, from, length);
                out.write(new byte[] {'\r', '\n'});
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            if (body != null) {
                head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.writeBytes(new byte[] {'\r', '\n'});
            out.write(head.toByteArray());
            if (body != null) {
                out.write(body);
            }
        }
        out.flush();
    }

    private static Reply read(InputStream in, boolean head) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IOException("no complete HTTP answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
        }
        byte[] body = head ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunked(body);
        }
        return new Reply(status, headers, body);
    }

    private static byte[] dechunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
