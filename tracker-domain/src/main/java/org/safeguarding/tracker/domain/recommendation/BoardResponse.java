package org.safeguarding.tracker.domain.recommendation;

import java.time.LocalDate;

public record BoardResponse(ResponseDecision decision, String reason, LocalDate respondedOn) {
}
