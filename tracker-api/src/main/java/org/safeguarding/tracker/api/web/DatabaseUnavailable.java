package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because PostgreSQL could not be reached, or did not answer within a command's bound, answers {@code 503 service-unavailable} with
 * {@code Retry-After}, never a 500: {@link ProblemAdvice} asks it about what a controller threw, and as a filter
 * (just inside the security filters, outside {@link IdempotencyFilter}) it catches what fails around the
 * controller, such as opening or committing the idempotency transaction. A failure counts when anything in its
 * cause chain (Axon and Spring wrap the driver's exception in their own) is a connection failure.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 5)
public class DatabaseUnavailable extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "2";
    private static final String HIKARI_CLOSED = "Connection is closed";
    private static final Set<String> TIMEOUT_AND_SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03", "57014", "25P03");

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final ObjectMapper json;

    public DatabaseUnavailable(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("database unavailable [{}]: {}", MDC.get("correlationId"), describe(e));
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            Problems.write(response, json, ProblemType.SERVICE_UNAVAILABLE.problem());
        }
    }

    /** Whether the failure, or anything it wraps, says the database could not be reached or the link broke. */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, new IdentityHashMap<>());
    }

    private static boolean causedBy(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            // a failed rollback after the real failure keeps that one as suppressed
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causedBy(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof TransactionTimedOutException || cause instanceof QueryTimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                // Hikari's answer on a connection it already evicted as broken, to the next statement of that request
                return HIKARI_CLOSED.equals(sql.getMessage());
            }
            // class 08: connection exception; 57P01-57P03: the server is shutting down or not accepting yet;
            // 57014, 25P03: a command transaction ended by its bound (CommandTransactions)
            return state.startsWith("08") || TIMEOUT_AND_SHUTDOWN_STATES.contains(state);
        }
        return false;
    }

    /** The innermost cause's message, for a one-line log entry: the outage is expected, its stack is not news. */
    static String describe(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return failure.getClass().getSimpleName() + " <- " + innermost.getClass().getSimpleName() + ": "
                + innermost.getMessage();
    }
}
