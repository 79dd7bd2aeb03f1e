package org.safeguarding.tracker.api.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.tracker.api.eventlog.EventLog;
import org.safeguarding.tracker.api.eventlog.StreamHead;
import org.safeguarding.tracker.domain.rules.UnknownResourceException;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Sends a command in one transaction with everything around it: the If-Match check, the registry claims
 * its handler makes, its event, and the lookup of that event's position. It either all happened or none,
 * within the bound {@link CommandTransactions} sets. Every command takes its aggregate's lock first, on every
 * instance, so the check and the append see the same head.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;
    private final EventLog eventLog;
    private final CurrentActor currentActor;
    private final CommandTransactions transactions;

    public CommandDispatcher(CommandGateway gateway, EventLog eventLog, CurrentActor currentActor,
                             CommandTransactions transactions) {
        this.gateway = gateway;
        this.eventLog = eventLog;
        this.currentActor = currentActor;
        this.transactions = transactions;
    }

    /**
     * For a command that creates its aggregate, or finds it (an agency's code, registered or renamed by one PUT).
     * It takes the aggregate's lock first, as {@link #update} does: two first registrations of one code then run
     * one after the other, and the second finds the agency the first created (no collision on sequence 0), and
     * two renames apply in turn.
     */
    public Dispatched create(AggregateKind kind, String aggregateId, Object command) {
        return transactions.inOne(aggregateId, status -> send(kind, aggregateId, command));
    }

    /** For a command on an existing aggregate; an unknown id, or one of another kind, is a 404. */
    public Dispatched update(AggregateKind kind, String aggregateId, Object command, ExpectedVersion expected) {
        return transactions.inOne(aggregateId, status -> {
            StreamHead head = eventLog.head(aggregateId)
                    .filter(h -> h.aggregateType().equals(kind.name()))
                    .orElseThrow(() -> new UnknownResourceException(
                            "no " + kind.name().toLowerCase() + " " + aggregateId));
            expected.check(head.version());
            return send(kind, aggregateId, command);
        });
    }

    private Dispatched send(AggregateKind kind, String aggregateId, Object command) {
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(attribution(currentActor.get())));
        StreamHead head = eventLog.head(aggregateId).orElseThrow(() ->
                new IllegalStateException(kind + " " + aggregateId + " has no event after its command"));
        return new Dispatched(result, head.position(), head.version() - 1);
    }

    /** From the authenticated actor and the request's headers (through the MDC), never from its body. */
    private static Map<String, Object> attribution(Actor actor) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(CommandMetadata.ACTOR, actor.name());
        metadata.put(CommandMetadata.ROLE, actor.role());
        if (actor.agency() != null) {
            metadata.put(CommandMetadata.AGENCY, actor.agency());
        }
        metadata.put(CommandMetadata.CORRELATION_ID, String.valueOf(MDC.get(CommandMetadata.CORRELATION_ID)));
        String idempotencyKey = MDC.get(CommandMetadata.IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            metadata.put(CommandMetadata.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return metadata;
    }
}
