package org.safeguarding.tracker.api.reading;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads one aggregate's typed, upcast events from the event store, optionally only up to an instant or a sequence. */
@Component
public class AggregateHistory {

    private final EventStore eventStore;

    public AggregateHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The payloads of type {@code type}, in order, of the messages {@code which} accepts. */
    public <E> List<E> events(String aggregateId, Class<E> type, Predicate<DomainEventMessage<?>> which) {
        return eventStore.readEvents(aggregateId).asStream()
                .filter(which)
                .map(DomainEventMessage::getPayload)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    public static Predicate<DomainEventMessage<?>> all() {
        return message -> true;
    }

    public static Predicate<DomainEventMessage<?>> recordedAtOrBefore(Instant instant) {
        return message -> !message.getTimestamp().isAfter(instant);
    }

    public static Predicate<DomainEventMessage<?>> upToSequence(long sequence) {
        return message -> message.getSequenceNumber() <= sequence;
    }
}
