package org.safeguarding.tracker.api.command;

/** {@code If-Match} named a version other than the current one. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String ifMatch, long currentVersion) {
        super("If-Match " + ifMatch + " does not name the current version " + currentVersion, null, false, false);
    }
}
