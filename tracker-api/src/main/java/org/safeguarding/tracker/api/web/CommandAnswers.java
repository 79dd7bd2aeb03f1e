package org.safeguarding.tracker.api.web;

import java.net.URI;

import org.safeguarding.tracker.api.command.Dispatched;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The headers every command answer carries: the event's position, the new version, and where a new thing lives. */
public final class CommandAnswers {

    public static final String POSITION_HEADER = "X-Tracker-Position";

    private CommandAnswers() {
    }

    public static <T> ResponseEntity<T> ok(Dispatched dispatched, T body) {
        return answer(HttpStatus.OK, null, dispatched, body);
    }

    public static <T> ResponseEntity<T> created(String path, Dispatched dispatched, T body, Object... pathValues) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
                .buildAndExpand(pathValues).toUri();
        return answer(HttpStatus.CREATED, location, dispatched, body);
    }

    private static <T> ResponseEntity<T> answer(HttpStatus status, URI location, Dispatched dispatched, T body) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .header(POSITION_HEADER, Long.toString(dispatched.position()))
                .eTag(Long.toString(dispatched.version()));
        if (location != null) {
            builder.location(location);
        }
        return builder.body(body);
    }
}
