package org.safeguarding.tracker.api.web;

import java.net.URI;
import java.util.function.Function;

import org.safeguarding.tracker.api.command.AggregateKind;
import org.safeguarding.tracker.api.command.CommandDispatcher;
import org.safeguarding.tracker.api.command.Dispatched;
import org.safeguarding.tracker.api.command.ExpectedVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A controller's command flow in one place: dispatch the command, then answer {@code 201} (with Location) or
 * {@code 200} with a body read after it, and the headers every command answer carries: the event's position
 * and the aggregate's new version.
 */
@Component
public class CommandAnswers {

    public static final String POSITION_HEADER = "X-Tracker-Position";

    private final CommandDispatcher dispatcher;

    public CommandAnswers(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** For a command that creates its aggregate. */
    public Accepted create(AggregateKind kind, Object aggregateId, Object command) {
        return new Accepted(dispatcher.create(kind, aggregateId.toString(), command));
    }

    /** For a command on an existing aggregate, applied only to the version {@code If-Match} names, if any. */
    public Accepted update(AggregateKind kind, Object aggregateId, String ifMatch, Object command) {
        return new Accepted(dispatcher.update(kind, aggregateId.toString(), command, new ExpectedVersion(ifMatch)));
    }

    /** An accepted command, to be answered with a body read once its event is stored. */
    public record Accepted(Dispatched dispatched) {

        public <T> ResponseEntity<T> ok(Function<Dispatched, T> body) {
            return answer(HttpStatus.OK, null, body);
        }

        /** {@code 201}, with Location: {@code path} (under this service) expanded with {@code pathValues}. */
        public <T> ResponseEntity<T> created(String path, Function<Dispatched, T> body, Object... pathValues) {
            URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
                    .buildAndExpand(pathValues).toUri();
            return answer(HttpStatus.CREATED, location, body);
        }

        private <T> ResponseEntity<T> answer(HttpStatus status, URI location, Function<Dispatched, T> body) {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                    .header(POSITION_HEADER, Long.toString(dispatched.position()))
                    .eTag(Long.toString(dispatched.version()));
            if (location != null) {
                builder.location(location);
            }
            return builder.body(body.apply(dispatched));
        }
    }
}
