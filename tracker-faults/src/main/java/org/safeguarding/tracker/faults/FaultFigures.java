package org.safeguarding.tracker.faults;

import java.util.List;
import java.util.Map;

/**
 * One fault's figures. Times in milliseconds since the harness started; {@code recoverMillis} from the end of
 * the fault (restart begun, proxy reopened, held transaction committed) until every instance is healthy,
 * answers a command 2xx and has processed it in its lists and views. {@code answers}: every answer (or kind of
 * failure) seen from the fault's start until recovery, by status; {@code duringFault}: only those sent while
 * the fault lasted.
 */
record FaultFigures(String fault, long startedAt, long endedAt, long recoveredAt, long recoverMillis,
                    int acknowledged, Map<String, Integer> answers, Map<String, Integer> duringFault,
                    long slowestAnswerDuringFaultMillis, Map<String, Object> notes, List<String> violations) {
}
