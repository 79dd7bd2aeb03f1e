package org.safeguarding.tracker.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.springframework.dao.DataIntegrityViolationException;

/** A refusal the API answers with a 4xx is "refused", wherever it is wrapped; any other failure is "failed". */
class CommandMonitorTest {

    @Test
    void refusalsAreTheAnswersOfRulesKeysAndConcurrentChanges() {
        assertThat(CommandMonitor.isRefusal(new LifecycleRuleException("closed"))).isTrue();
        assertThat(CommandMonitor.isRefusal(new CompletionException(new LifecycleRuleException("closed")))).isTrue();
        assertThat(CommandMonitor.isRefusal(new ConcurrencyException("changed meanwhile"))).isTrue();
        assertThat(CommandMonitor.isRefusal(new DataIntegrityViolationException("taken"))).isTrue();
        assertThat(CommandMonitor.isRefusal(new IllegalStateException("broken"))).isFalse();
        assertThat(CommandMonitor.isRefusal(new RuntimeException(new SQLException("gone")))).isFalse();
    }

    @Test
    void eachCommandIsTimedUnderItsTypeAndOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CommandMonitor monitor = new CommandMonitor(registry);

        monitor.onMessageIngested(new GenericMessage<>("a String payload")).reportSuccess();
        monitor.onMessageIngested(new GenericMessage<>("a String payload"))
                .reportFailure(new LifecycleRuleException("closed"));
        monitor.onMessageIngested(new GenericMessage<>("a String payload"))
                .reportFailure(new IllegalStateException("broken"));

        for (String outcome : new String[] {"accepted", "refused", "failed"}) {
            assertThat(registry.get(CommandMonitor.NAME).tag("command", "String").tag("outcome", outcome).timer()
                    .count()).as(outcome).isEqualTo(1);
        }
    }
}
