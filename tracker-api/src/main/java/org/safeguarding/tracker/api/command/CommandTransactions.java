package org.safeguarding.tracker.api.command;

import java.time.Duration;

import org.safeguarding.tracker.api.eventlog.EventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one transaction a command runs in, and the bound on how long it may stay open. A command's event takes
 * its global position when it is inserted, before the commit, so while its transaction is open that position
 * is a gap that later events pass. Readers wait a bounded time for a gap to fill (Axon's gap timeout, the
 * event feed's settle time); that is safe only if no transaction outlives them. PostgreSQL 15 has no
 * transaction timeout, so the bound is made of three: Spring's deadline (each JDBC statement it issues gets
 * the time left, none starts after it), PostgreSQL's {@code statement_timeout} (also for the statements the
 * event store issues) and {@code idle_in_transaction_session_timeout} (a paused or vanished client). A
 * position therefore stays a gap at most {@link #longestGap()}.
 */
@Component
public class CommandTransactions {

    private static final String BOUND = "set_config('statement_timeout', ?, true), "
            + "set_config('idle_in_transaction_session_timeout', ?, true)";

    private final TransactionTemplate template;
    private final EventLog eventLog;
    private final JdbcTemplate jdbc;
    private final String statementTimeout;
    private final String idleTimeout;
    private final Duration longestGap;

    public CommandTransactions(PlatformTransactionManager transactionManager, JdbcTemplate jdbc, EventLog eventLog,
                               @Value("${tracker.commands.transaction-timeout}") Duration transactionTimeout,
                               @Value("${tracker.commands.statement-timeout}") Duration statementTimeout,
                               @Value("${tracker.commands.idle-timeout}") Duration idleTimeout) {
        this.template = new TransactionTemplate(transactionManager);
        template.setTimeout(Math.toIntExact(Math.max(1, transactionTimeout.toSeconds())));
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.statementTimeout = Long.toString(statementTimeout.toMillis());
        this.idleTimeout = Long.toString(idleTimeout.toMillis());
        // from the insert that takes the position: the insert (a statement), then at most three idle moments
        // between the statements that follow (the position lookup, the idempotent answer), which end by the deadline
        this.longestGap = statementTimeout.plus(transactionTimeout).plus(idleTimeout.multipliedBy(3));
    }

    /**
     * Runs {@code work} in a new bounded transaction, or in the one already open: a request with an
     * Idempotency-Key opens it first, to claim the key, and the command then runs inside.
     */
    public <T> T inOne(TransactionCallback<T> work) {
        return template.execute(status -> {
            if (status.isNewTransaction()) {
                jdbc.queryForList("select " + BOUND, statementTimeout, idleTimeout);
            }
            return work.doInTransaction(status);
        });
    }

    /**
     * As {@link #inOne(TransactionCallback)}, holding the aggregate's stream lock ({@link EventLog#lockStream})
     * from the start; in a new transaction the bound and the lock are one round trip.
     */
    public <T> T inOne(String aggregateId, TransactionCallback<T> work) {
        return template.execute(status -> {
            if (status.isNewTransaction()) {
                jdbc.queryForList("select " + BOUND + ", " + EventLog.STREAM_LOCK, statementTimeout, idleTimeout,
                        aggregateId);
            } else {
                eventLog.lockStream(aggregateId);
            }
            return work.doInTransaction(status);
        });
    }

    /** How long a command's position can stay a gap before its transaction ends, committed or not. */
    public Duration longestGap() {
        return longestGap;
    }
}
