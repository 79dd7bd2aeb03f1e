package org.safeguarding.tracker.api.health;

import org.safeguarding.tracker.api.deadletter.DeadLetters;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: how many dead letters each projection holds. Always UP when they can be
 * counted. A dead letter is one aggregate missing from one read model, for an operator to retry or evict; the
 * service still answers and its processors run (the contract's UP). Marking it DOWN would take every instance
 * out of a load balancer at once, the queue being shared, for a problem no restart solves: the alert on
 * {@code tracker_dead_letters} is the signal instead. DOWN only when they cannot be counted (the database
 * does not answer).
 */
@Component // bean deadLettersHealthIndicator: the health component "deadLetters"
public class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;
    private final DatabaseReachability reachability;

    public DeadLettersHealthIndicator(DeadLetters deadLetters, DatabaseReachability reachability) {
        super("the dead letters could not be counted");
        this.deadLetters = deadLetters;
        this.reachability = reachability;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up().withDetails(reachability.read(deadLetters::counts));
    }
}
