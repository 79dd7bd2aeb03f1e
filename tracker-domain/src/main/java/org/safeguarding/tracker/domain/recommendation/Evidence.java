package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;
import java.util.UUID;

/** A piece of evidence an agency submitted, and the board's assurance decision on it. */
public record Evidence(UUID evidenceId, String agency, String summary, String link, LocalDate submittedOn,
                       Assurance assurance, LocalDate decidedOn, String assuranceNote) {

    public boolean isPending() {
        return assurance == Assurance.PENDING;
    }

    Evidence decided(Assurance decision, LocalDate date, String note) {
        return new Evidence(evidenceId, agency, summary, link, submittedOn, decision, date, note);
    }
}
