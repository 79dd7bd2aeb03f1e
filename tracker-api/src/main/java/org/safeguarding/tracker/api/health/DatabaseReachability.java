package org.safeguarding.tracker.api.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.safeguarding.tracker.api.web.DatabaseUnavailable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * What the health components read from the database goes through here. While PostgreSQL is away each read
 * waits for a connection (up to Hikari's timeout) before it fails; one health answer has several components,
 * and waiting that long in each would make the answer itself slow. So after one read found the database
 * unreachable, the others fail at once for {@link #QUIET}, and health answers DOWN within one connection wait.
 */
@Component
public class DatabaseReachability {

    static final Duration QUIET = Duration.ofSeconds(2);

    private final AtomicLong unreachableUntil = new AtomicLong(System.nanoTime());

    public <T> T read(Supplier<T> query) {
        if (System.nanoTime() - unreachableUntil.get() < 0) {
            throw new DataAccessResourceFailureException("the database did not answer a moment ago");
        }
        try {
            return query.get();
        } catch (DataAccessException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                unreachableUntil.set(System.nanoTime() + QUIET.toNanos());
            }
            throw e;
        }
    }
}
