package org.safeguarding.tracker.api.reading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
    private <E> List<E> events(String aggregateId, Class<E> type, Predicate<DomainEventMessage<?>> which) {
        return eventStore.readEvents(aggregateId).asStream()
                .filter(which)
                .map(DomainEventMessage::getPayload)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The state {@code fold} makes of those events; empty when it makes none (nothing stored by then). */
    public <E, S> Optional<S> fold(UUID aggregateId, Class<E> type, Function<List<E>, S> fold,
                                   Predicate<DomainEventMessage<?>> which) {
        return Optional.ofNullable(fold.apply(events(aggregateId.toString(), type, which)));
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
