package org.safeguarding.tracker.api.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.monitoring.MessageMonitor;
import org.safeguarding.tracker.domain.rules.DomainException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Times every command on the command bus, from its arrival to the end of its unit of work (its event appended),
 * by command type and outcome: {@code accepted}; {@code refused}, a refusal the API answers with a 4xx (a domain
 * rule, a taken key, a concurrent change, an unknown aggregate); {@code failed}, anything else. Checks made before
 * the bus (request validation, If-Match) are not commands sent, so they are not counted here.
 */
class CommandMonitor implements MessageMonitor<Message<?>> {

    static final String NAME = "tracker.commands";

    private final MeterRegistry registry;

    CommandMonitor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        long start = System.nanoTime();
        String command = message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                record(command, "accepted", start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                record(command, isRefusal(cause) ? "refused" : "failed", start);
            }

            @Override
            public void reportIgnored() {
                record(command, "failed", start);
            }
        };
    }

    private void record(String command, String outcome, long start) {
        Latency.timer(NAME, "Commands handled, by command type and outcome")
                .tag("command", command).tag("outcome", outcome)
                .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException || cause instanceof ConcurrencyException
                    || cause instanceof ConflictingModificationException || cause instanceof AggregateNotFoundException
                    || cause instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }
}
