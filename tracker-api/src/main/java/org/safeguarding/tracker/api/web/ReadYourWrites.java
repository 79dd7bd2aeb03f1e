package org.safeguarding.tracker.api.web;

import java.time.Duration;

import org.safeguarding.tracker.api.deadletter.DeadLetters;
import org.safeguarding.tracker.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Honours {@code ?minPosition=n}: waits, bounded, until a processor has handled position n. An event at n that
 * the processor dead-lettered is not handled: once the processor is past it, that answers 503 (no wait makes
 * it appear) until an operator retries it. Dead letters of other aggregates do not hold up everyone's reads.
 */
@Component
public class ReadYourWrites {

    private final ProjectionProgress progress;
    private final DeadLetters deadLetters;
    private final Duration maxWait;

    public ReadYourWrites(ProjectionProgress progress, DeadLetters deadLetters,
                          @Value("${tracker.read-your-writes.max-wait}") Duration maxWait) {
        this.progress = progress;
        this.deadLetters = deadLetters;
        this.maxWait = maxWait;
    }

    public void await(String processorName, Long minPosition) {
        if (minPosition == null) {
            return;
        }
        if (minPosition < 0) {
            throw new InvalidRequestException("minPosition", "minPosition must not be negative");
        }
        if (minPosition > 0 && (!progress.awaitProcessed(processorName, minPosition, maxWait)
                || deadLetters.holds(processorName, minPosition))) {
            throw new ProjectionBehindException(minPosition);
        }
    }
}
