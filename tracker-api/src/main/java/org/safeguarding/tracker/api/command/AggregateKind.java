package org.safeguarding.tracker.api.command;

/** The aggregate types as the event store records them ({@code type} column). */
public enum AggregateKind {
    Agency,
    Review,
    Recommendation
}
