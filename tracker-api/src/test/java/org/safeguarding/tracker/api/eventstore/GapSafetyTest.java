package org.safeguarding.tracker.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.command.CommandTransactions;

class GapSafetyTest {

    // a position can stay a gap 5 + 5 + 2 x 2 = 14 s
    private final CommandTransactions transactions = new CommandTransactions(null, null,
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));

    @Test
    void theLongestGapIsTheStatementTheDeadlineAndTwoIdleMoments() {
        assertThat(transactions.longestGap()).isEqualTo(Duration.ofSeconds(14));
    }

    @Test
    void aGapTimeoutOfTwiceTheLongestGapPlusTheClockMarginIsAccepted() {
        new GapSafety(transactions, Duration.ofSeconds(38), Duration.ofSeconds(14));
    }

    @Test
    void aGapTimeoutShorterThanTwoTransactionsAndTheClockMarginIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new GapSafety(transactions, Duration.ofSeconds(37), Duration.ofSeconds(14)))
                .withMessageContaining("tracker.events.gap-timeout").withMessageContaining("at least 38 s");
    }

    @Test
    void aFeedSettleShorterThanTheLongestGapIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new GapSafety(transactions, Duration.ofSeconds(60), Duration.ofSeconds(13)))
                .withMessageContaining("tracker.events.feed-settle").withMessageContaining("at least that");
    }
}
