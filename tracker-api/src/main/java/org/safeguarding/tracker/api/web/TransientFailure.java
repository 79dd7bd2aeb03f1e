package org.safeguarding.tracker.api.web;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * A failure that says nothing about the request, only that the database did not answer in time: a statement or
 * transaction ended by its timeout, a connection lost or not to be had. The request may be sent again.
 */
final class TransientFailure {

    /** query_canceled (statement_timeout), idle_in_transaction_session_timeout, admin shutdown, cannot connect now. */
    private static final Set<String> STATES = Set.of("57014", "25P03", "57P01", "57P03");
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private TransientFailure() {
    }

    static boolean of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionTimedOutException || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (STATES.contains(sql.getSQLState()) || sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))) {
                return true;
            }
        }
        return false;
    }
}
