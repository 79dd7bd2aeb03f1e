package org.safeguarding.tracker.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.testing.TestDatabase;

/**
 * The bounded CI form of the fault harness: two instances of the packaged jar, a few thousand commands, and
 * each fault once (kill -9, SIGTERM, a 10 s database outage, a transaction held open), every invariant asserted.
 */
class FaultHarnessIT {

    @Test
    void everyAcknowledgedCommandSurvivesEveryFaultOnceAndTheViewsAgree() throws Exception {
        Path jar = Path.of(System.getProperty("tracker.jar"));
        assertThat(jar).as("the service jar, packaged by tracker-api before this module").exists();
        Path dir = Path.of(System.getProperty("faults.dir", "target/faults"));
        Files.createDirectories(dir);
        TestDatabase.Coordinates db = TestDatabase.get();

        Settings settings = Settings.ci(jar, dir, db.url(), db.user(), db.password());

        Result result = new FaultHarness(settings).run();

        assertThat(result.faults()).extracting(FaultFigures::fault).containsExactly("outage", "kill", "term", "gap");
        assertThat(result.acknowledged()).isGreaterThan(2000);
        assertThat(result.lost()).isZero();
        assertThat(result.doubled()).isZero();
        assertThat(result.raceDoubleWins()).isZero();
        assertThat(result.races()).isPositive();
        assertThat(result.feedSkipped()).isZero();
        assertThat(result.feedDuplicates()).isZero();
        assertThat(result.feedOutOfOrder()).isZero();
        assertThat(result.feedPositions()).isEqualTo(result.eventsInStore());
        assertThat(result.recommendationsCompared()).isPositive();
        assertThat(result.violations()).isEmpty();
        for (FaultFigures fault : result.faults()) {
            assertThat(fault.violations()).as(fault.fault()).isEmpty();
            assertThat(fault.acknowledged()).as(fault.fault() + " acknowledged while it lasted and recovered")
                    .isPositive();
            assertThat(fault.recoverMillis()).as(fault.fault() + " time to recover").isLessThan(120_000);
        }
        FaultFigures outage = result.faults().get(0);
        assertThat(outage.duringFault()).as("answers during the outage").containsKey("503");
        assertThat(outage.duringFault().keySet()).as("no 500 ever").noneMatch(status -> status.startsWith("50")
                && !status.equals("503"));
        assertThat(outage.slowestAnswerDuringFaultMillis()).isLessThanOrEqualTo(5_000);
        assertThat(result.faults().get(3).notes().get("laterEventsCommittedWhileHeld")).as("a gap was open")
                .isNotEqualTo(0);
    }
}
