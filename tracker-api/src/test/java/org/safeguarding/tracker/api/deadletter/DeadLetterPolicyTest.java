package org.safeguarding.tracker.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;

class DeadLetterPolicyTest {

    private final DeadLetterPolicy policy = new DeadLetterPolicy("tracker-lists");
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("an event");

    @Test
    void aFailureOfTheEventIsDeadLetteredWithNoRetriesYet() {
        RuntimeException cause = sql("P0001");
        EnqueueDecision<EventMessage<?>> decision = policy.decide(new GenericDeadLetter<>("a", event, cause), cause);
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(new GenericDeadLetter<>("a", event)).diagnostics())
                .containsEntry(DeadLetterPolicy.RETRIES, 0L);
    }

    @Test
    void aFaultOfTheMomentFailsTheBatchInsteadSoTheProcessorRetriesIt() {
        for (RuntimeException cause : new RuntimeException[] {sql("40001"), sql("40P01"), sql("08006"), sql("57014"),
                new CannotAcquireLockException("lock")}) {
            assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("a", event, cause), cause))
                    .isSameAs(cause);
        }
    }

    @Test
    void aHandlerThatFailedOutsideASavepointFailsTheBatchSoItsRetryDeadLettersTheEventCleanly() {
        RuntimeException cause = new HandlerSavepoints.RetriedWithSavepoints(sql("P0001"));
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("a", event, cause), cause)).isSameAs(cause);
    }

    @Test
    void aStoredLetterThatFailsAgainStaysQueuedOneRetryHigherWhateverTheCause() {
        RuntimeException cause = sql("40001");
        JdbcDeadLetter<EventMessage<?>> stored = new JdbcDeadLetter<>("id", 0, "a", Instant.now(), Instant.now(),
                new ThrowableCause(cause), MetaData.with(DeadLetterPolicy.RETRIES, 2), event);
        EnqueueDecision<EventMessage<?>> decision = policy.decide(stored, cause);
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(stored).diagnostics()).containsEntry(DeadLetterPolicy.RETRIES, 3L);
    }

    @Test
    void theCauseIsDescribedWithoutItsClassOrMessage() {
        assertThat(DeadLetterCause.describe(null)).isEqualTo(DeadLetterCause.QUEUED_BEHIND);
        assertThat(DeadLetterCause.describe(UncategorizedSQLException.class.getName()))
                .isEqualTo(DeadLetterCause.WRITE_FAILED);
        assertThat(DeadLetterCause.describe(SerializationException.class.getName()))
                .isEqualTo(DeadLetterCause.UNREADABLE);
        assertThat(DeadLetterCause.describe(IllegalStateException.class.getName()))
                .isEqualTo(DeadLetterCause.HANDLER_FAILED);
        assertThat(DeadLetterCause.describe("com.example.Gone")).isEqualTo(DeadLetterCause.HANDLER_FAILED);
    }

    private static RuntimeException sql(String state) {
        return new UncategorizedSQLException("insert", "insert into x", new SQLException("failed", state));
    }
}
