package org.safeguarding.tracker.api.deadletter;

import java.sql.SQLException;

import com.fasterxml.jackson.core.JacksonException;
import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessException;

/**
 * Why a letter waits, in words an operator can act on; the stored cause (class and message, which may quote SQL)
 * stays in the database and the service's log.
 */
final class DeadLetterCause {

    static final String QUEUED_BEHIND = "waits behind an earlier event of the same aggregate";
    static final String WRITE_FAILED = "the projection could not write it to its tables";
    static final String UNREADABLE = "the stored event could not be read";
    static final String HANDLER_FAILED = "the projection failed to handle it";

    private DeadLetterCause() {
    }

    static String describe(String causeType) {
        if (causeType == null) {
            return QUEUED_BEHIND;
        }
        Class<?> type;
        try {
            type = Class.forName(causeType, false, DeadLetterCause.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return HANDLER_FAILED;
        }
        if (DataAccessException.class.isAssignableFrom(type) || SQLException.class.isAssignableFrom(type)) {
            return WRITE_FAILED;
        }
        if (SerializationException.class.isAssignableFrom(type)
                || JacksonException.class.isAssignableFrom(type)) {
            return UNREADABLE;
        }
        return HANDLER_FAILED;
    }
}
