package org.safeguarding.tracker.api.deadletter;

import java.lang.reflect.Member;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs projection event handlers inside a savepoint of the batch's transaction while the projections recover
 * from a failure. A failing statement aborts a PostgreSQL transaction: without the savepoint the dead letter
 * could not be written, nor could any later event of the batch or its token, and a handler that failed half-way
 * would leave half its writes. Rolled back to the savepoint, the handler's own writes are undone and the batch
 * goes on, with the event dead-lettered.
 * <p>
 * Savepoints cost two round trips per event, and more than 64 written in one transaction overflow PostgreSQL's
 * per-backend cache of subtransactions, which slows every other session's snapshots. So a handler runs without
 * one until a handler fails: that failure fails its whole batch ({@link RetriedWithSavepoints}, which the
 * {@link DeadLetterPolicy} does not dead-letter), and for {@link #RECOVERY} every handler runs in a savepoint,
 * so the batch's retry dead-letters the event cleanly. A dead letter's retry through the API recovers too.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "org.safeguarding.tracker.projections";
    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    /** How long handlers keep running in savepoints after a failure. */
    static final Duration RECOVERY = Duration.ofMinutes(1);

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final AtomicLong recoveringUntil = new AtomicLong(System.nanoTime());

    public HandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projection = original.unwrap(Member.class)
                .map(member -> member.getDeclaringClass().getPackageName().startsWith(PROJECTIONS))
                .orElse(false);
        if (!projection || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!recovering()) {
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error e) {
                        recover();
                        throw new RetriedWithSavepoints(e);
                    }
                }
                PlatformTransactionManager manager = transactions.getObject();
                TransactionStatus savepoint = manager.getTransaction(SAVEPOINT);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    manager.rollback(savepoint);
                    throw e;
                }
                manager.commit(savepoint);
                return result;
            }
        };
    }

    /** From now on, for {@link #RECOVERY}, every projection handler runs in a savepoint. */
    public void recover() {
        recoveringUntil.set(System.nanoTime() + RECOVERY.toNanos());
    }

    private boolean recovering() {
        return System.nanoTime() - recoveringUntil.get() < 0;
    }

    /** A handler failed outside a savepoint: its batch fails and is retried, now with savepoints. */
    static final class RetriedWithSavepoints extends RuntimeException {

        RetriedWithSavepoints(Throwable cause) {
            super("a projection handler failed; its batch is retried with a savepoint per handler", cause);
        }
    }
}
