package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An {@code application/x-ndjson} answer: each item one JSON document on a line of its own, written as it comes. */
public final class NdjsonAnswer {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private NdjsonAnswer() {
    }

    /** {@code items} hands each item to the consumer it is given, e.g. a list's forEach or a database cursor. */
    public static <T> ResponseEntity<StreamingResponseBody> of(ObjectMapper json, Consumer<Consumer<T>> items) {
        StreamingResponseBody body = out -> {
            try {
                items.accept(item -> line(json, out, item));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return ResponseEntity.ok().header("Content-Type", MEDIA_TYPE).body(body);
    }

    private static void line(ObjectMapper json, OutputStream out, Object item) {
        try {
            out.write(json.writeValueAsBytes(item));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
