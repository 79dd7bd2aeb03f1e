package org.safeguarding.tracker.api.audit;

import java.util.Optional;

import org.safeguarding.tracker.api.eventlog.EventLog;
import org.safeguarding.tracker.domain.rules.UnknownResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Checks the stored log's checkpoints and recomputes its chains, in one snapshot of the database. */
@Component
public class LogVerifier {

    private final EventLog eventLog;
    private final Checkpoints checkpoints;

    public LogVerifier(EventLog eventLog, Checkpoints checkpoints) {
        this.eventLog = eventLog;
        this.checkpoints = checkpoints;
    }

    /** The whole log, or one aggregate's history; an aggregate with no event is a 404. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public VerificationReport verify(Optional<String> aggregateId) {
        ChainVerification verification = new ChainVerification(aggregateId.isEmpty());
        checkpoints.stream(aggregateId, verification::checkpoint);
        eventLog.stream(aggregateId, verification::accept);
        VerificationReport report = verification.report();
        if (aggregateId.isPresent() && report.checkedEvents() == 0) {
            throw new UnknownResourceException("no aggregate " + aggregateId.get());
        }
        return report;
    }
}
