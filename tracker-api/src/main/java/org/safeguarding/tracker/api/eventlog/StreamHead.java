package org.safeguarding.tracker.api.eventlog;

/** The end of one aggregate's stream: its type, its number of events and its last event's global position. */
public record StreamHead(String aggregateType, long version, long position) {
}
