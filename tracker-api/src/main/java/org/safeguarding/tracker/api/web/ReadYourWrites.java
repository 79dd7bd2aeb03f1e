package org.safeguarding.tracker.api.web;

import java.time.Duration;

import org.safeguarding.tracker.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Honours {@code ?minPosition=n}: waits, bounded, until a processor has handled position n. */
@Component
public class ReadYourWrites {

    private final ProjectionProgress progress;
    private final Duration maxWait;

    public ReadYourWrites(ProjectionProgress progress, @Value("${tracker.read-your-writes.max-wait}") Duration maxWait) {
        this.progress = progress;
        this.maxWait = maxWait;
    }

    public void await(String processorName, Long minPosition) {
        if (minPosition == null) {
            return;
        }
        if (minPosition < 0) {
            throw new InvalidRequestException("minPosition", "minPosition must not be negative");
        }
        if (minPosition > 0 && !progress.awaitProcessed(processorName, minPosition, maxWait)) {
            throw new ProjectionBehindException(minPosition);
        }
    }
}
