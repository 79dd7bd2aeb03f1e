package org.safeguarding.tracker.api.eventstore;

/** A review's natural key: its board and its reference in that board. Neither changes once registered. */
public record ReviewKey(String board, String reference) {
}
