package org.safeguarding.tracker.api.deadletter;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * What happens to an event a projection failed on. A fault of the moment (the database unreachable, a deadlock,
 * a timeout) is not the event's: the batch fails and the processor retries it, as before dead letters. Any other
 * failure dead-letters the event with a retry count of 0; a dead letter that fails again when retried stays
 * queued, its count one higher. Nothing is ever dropped for having failed too often: a dropped event would be
 * missing from the read model for good, so only an operator evicts.
 */
public class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics entry counting the retries that failed. */
    static final String RETRIES = "retries";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);
    // connection, transaction rollback (serialization, deadlock), resources, operator intervention, system
    private static final List<String> TRANSIENT_STATES = List.of("08", "40", "53", "55P03", "57", "58");

    private final String processingGroup;

    public DeadLetterPolicy(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        // a letter read back from the queue is being retried; a new one has just failed in the stream
        boolean retried = letter instanceof JdbcDeadLetter;
        if (!retried && cause instanceof HandlerSavepoints.RetriedWithSavepoints) {
            log.warn("{}: event {} failed outside a savepoint; the batch is retried with savepoints", processingGroup,
                    letter.message().getIdentifier());
            throw (HandlerSavepoints.RetriedWithSavepoints) cause;
        }
        if (!retried && isTransient(cause)) {
            log.warn("{}: event {} failed on a transient fault; the batch is retried", processingGroup,
                    letter.message().getIdentifier());
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        long retries = retried ? retries(letter.diagnostics()) + 1 : 0;
        log.error("{}: event {} ({}) {}", processingGroup, letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(),
                retried ? "failed again when retried, retries: " + retries : "is dead-lettered", cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause), l -> l.diagnostics().and(RETRIES, retries));
    }

    static long retries(MetaData diagnostics) {
        return diagnostics.get(RETRIES) instanceof Number count ? count.longValue() : 0;
    }

    static boolean isTransient(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
