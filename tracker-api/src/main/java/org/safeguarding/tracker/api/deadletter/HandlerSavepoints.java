package org.safeguarding.tracker.api.deadletter;

import java.lang.reflect.Member;

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
 * Runs each projection event handler inside a savepoint of the batch's transaction. A failing statement aborts
 * a PostgreSQL transaction: without the savepoint the dead letter could not be written, nor could any later
 * event of the batch or its token, and the segment would retry the batch for ever. Rolled back to the
 * savepoint, the handler's own writes are undone and the batch goes on, with the event dead-lettered.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "org.safeguarding.tracker.projections";
    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final ObjectProvider<PlatformTransactionManager> transactions;

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
}
