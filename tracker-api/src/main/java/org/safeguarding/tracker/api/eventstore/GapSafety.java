package org.safeguarding.tracker.api.eventstore;

import java.time.Duration;

import org.safeguarding.tracker.api.command.CommandTransactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with gap settings that could skip an event for good. A position stays a gap at most as long
 * as a command's transaction can stay open ({@link CommandTransactions#longestGap()}). The /events feed must
 * wait at least that long. Axon's streaming processors stop waiting once the event after a gap has a timestamp
 * older than the gap timeout; that timestamp is taken inside the later command's own (bounded) transaction, so
 * the timeout must cover both transactions, twice the longest gap (Axon issue #4829), plus a margin for the
 * clocks of different instances.
 */
@Component
public class GapSafety {

    static final Duration CLOCK_SKEW_MARGIN = Duration.ofSeconds(10);

    public GapSafety(CommandTransactions transactions,
                     @Value("${tracker.events.gap-timeout}") Duration gapTimeout,
                     @Value("${tracker.events.feed-settle}") Duration feedSettle) {
        Duration longestGap = transactions.longestGap();
        Duration leastGapTimeout = longestGap.multipliedBy(2).plus(CLOCK_SKEW_MARGIN);
        if (gapTimeout.compareTo(leastGapTimeout) < 0) {
            throw new IllegalStateException("tracker.events.gap-timeout is " + gapTimeout.toSeconds() + " s: a "
                    + "command's position can stay a gap " + longestGap.toSeconds() + " s (tracker.commands.*), so it "
                    + "must be at least " + leastGapTimeout.toSeconds() + " s or streaming processors may skip events");
        }
        if (feedSettle.compareTo(longestGap) < 0) {
            throw new IllegalStateException("tracker.events.feed-settle is " + feedSettle.toSeconds() + " s: a "
                    + "command's position can stay a gap " + longestGap.toSeconds() + " s (tracker.commands.*), so it "
                    + "must be at least that or the /events feed may skip events");
        }
    }
}
