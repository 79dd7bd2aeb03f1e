package org.safeguarding.tracker.faults;

import java.util.List;
import java.util.Map;

/** A harness run's figures and every invariant it found broken ({@code violations} empty: all held). */
record Result(int instances, int clients, int commandsSent, int acknowledged, int lost, int doubled, int races,
              int raceDoubleWins, int eventsInStore, int feedPositions, int feedSkipped, int feedDuplicates,
              int feedOutOfOrder, int viewsCompared, int recommendationsCompared, Map<String, Integer> refusals,
              int gaveUp, Map<String, Integer> ioFailures, List<FaultFigures> faults, List<String> violations, long runMillis) {

    boolean passed() {
        return violations.isEmpty() && faults.stream().allMatch(fault -> fault.violations().isEmpty());
    }
}
