package org.safeguarding.tracker.faults;

/**
 * A command the service acknowledged (2xx), as the client's ledger keeps it: {@code version} is the ETag of a
 * recommendation command (null for other aggregates), {@code ifMatch} the version the command named.
 */
record Ack(String key, String command, String aggregateId, long position, Long version, Long ifMatch,
           boolean replayed, long answeredAt) {
}
