package org.safeguarding.tracker.api.web;

/** A list or view has not processed the requested {@code minPosition} within the bounded wait (503). */
public class ProjectionBehindException extends RuntimeException {

    public ProjectionBehindException(long position) {
        super("the view has not yet processed position " + position + "; retry shortly", null, false, false);
    }
}
