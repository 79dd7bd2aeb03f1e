package org.safeguarding.tracker.api.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * The storage engine's one way of appending events: each row also gets the hash chaining it to the event
 * before it in its aggregate. The previous hash is read on the engine's connection, inside the command's
 * transaction; two commands racing for the same sequence still collide on its unique key, so one chain wins.
 */
public class ChainedAppend implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Map<String, String> batchHeads = new HashMap<>();
        PreparedStatement insert = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
                + String.join(", ", schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(),
                schema.sequenceNumberColumn(), schema.typeColumn(), schema.timestampColumn(),
                schema.payloadTypeColumn(), schema.payloadRevisionColumn(), schema.payloadColumn(),
                schema.metaDataColumn()) + ", previous_hash, chain_hash) values (?,?,?,?,?,?,?,?,?,?,?)");
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metadata = event.serializeMetaData(serializer, dataType);
            String recordedAt = DateTimeUtils.formatInstant(event.getTimestamp());
            String previous = event.getSequenceNumber() == 0 ? null
                    : batchHeads.containsKey(event.getAggregateIdentifier())
                    ? batchHeads.get(event.getAggregateIdentifier())
                    : storedHash(connection, schema, event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
            String hash = EventChain.hash(previous, new ChainLink(event.getAggregateIdentifier(), event.getType(),
                    event.getSequenceNumber(), payload.getType().getName(), payload.getType().getRevision(),
                    Instant.parse(recordedAt), CanonicalJson.parse((byte[]) payload.getData()),
                    CanonicalJson.parse((byte[]) metadata.getData())));
            batchHeads.put(event.getAggregateIdentifier(), hash);
            insert.setString(1, event.getIdentifier());
            insert.setString(2, event.getAggregateIdentifier());
            insert.setLong(3, event.getSequenceNumber());
            insert.setString(4, event.getType());
            insert.setString(5, recordedAt);
            insert.setString(6, payload.getType().getName());
            insert.setString(7, payload.getType().getRevision());
            insert.setObject(8, payload.getData());
            insert.setObject(9, metadata.getData());
            insert.setString(10, previous);
            insert.setString(11, hash);
            insert.addBatch();
        }
        return insert;
    }

    private static String storedHash(Connection connection, EventSchema schema, String aggregateId, long sequence)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select chain_hash from "
                + schema.domainEventTable() + " where aggregate_identifier = ? and sequence_number = ?")) {
            select.setString(1, aggregateId);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    throw new IllegalStateException("no chained event " + sequence + " of " + aggregateId
                            + " to chain the next one to");
                }
                return row.getString(1);
            }
        }
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain) {
            return domain;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
