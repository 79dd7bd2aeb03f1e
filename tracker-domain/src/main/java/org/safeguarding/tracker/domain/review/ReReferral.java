package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.UUID;

public record ReReferral(UUID earlierReviewId, LocalDate referredOn, String note) {
}
