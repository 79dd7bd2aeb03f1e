package org.safeguarding.tracker.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.command.CommandTransactions;

class GapSafetyTest {

    // a position can stay a gap 5 + 5 + 3 x 2 = 16 s
    private final CommandTransactions transactions = new CommandTransactions(null, null, null,
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));

    @Test
    void theLongestGapIsTheInsertTheDeadlineAndThreeIdleMoments() {
        assertThat(transactions.longestGap()).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void aGapTimeoutOfTwiceTheLongestGapPlusTheClockMarginIsAccepted() {
        new GapSafety(transactions, Duration.ofSeconds(42), Duration.ofSeconds(16));
    }

    @Test
    void aGapTimeoutShorterThanTwoTransactionsAndTheClockMarginIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new GapSafety(transactions, Duration.ofSeconds(41), Duration.ofSeconds(16)))
                .withMessageContaining("tracker.events.gap-timeout").withMessageContaining("at least 42 s");
    }

    @Test
    void aFeedSettleShorterThanTheLongestGapIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new GapSafety(transactions, Duration.ofSeconds(60), Duration.ofSeconds(15)))
                .withMessageContaining("tracker.events.feed-settle").withMessageContaining("at least that");
    }
}
