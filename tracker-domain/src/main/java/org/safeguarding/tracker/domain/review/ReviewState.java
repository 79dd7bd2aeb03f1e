package org.safeguarding.tracker.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A review as its events describe it; the one fold used by the aggregate and by every reader. */
public record ReviewState(UUID reviewId, String board, String reference, ReviewKind kind, String title,
                          LocalDate commissionedOn, LocalDate publishedOn, List<ReReferral> reReferralOf,
                          long version) {

    public ReviewState {
        reReferralOf = List.copyOf(reReferralOf);
    }

    /** Folds one event into the state; {@code state} is {@code null} before the first event. */
    public static ReviewState fold(ReviewState state, ReviewEvent event) {
        if (event instanceof ReviewRegistered registered) {
            return new ReviewState(registered.reviewId(), registered.board(), registered.reference(),
                    registered.kind(), registered.title(), registered.commissionedOn(), registered.publishedOn(),
                    List.of(), 1);
        }
        ReReferralRecorded linked = (ReReferralRecorded) event;
        List<ReReferral> links = new ArrayList<>(state.reReferralOf);
        links.add(new ReReferral(linked.earlierReviewId(), linked.referredOn(), linked.note()));
        return new ReviewState(state.reviewId, state.board, state.reference, state.kind, state.title,
                state.commissionedOn, state.publishedOn, links, state.version + 1);
    }

    public static ReviewState fold(List<? extends ReviewEvent> events) {
        ReviewState state = null;
        for (ReviewEvent event : events) {
            state = fold(state, event);
        }
        return state;
    }

    public boolean isReReferralOf(UUID earlierReviewId) {
        return reReferralOf.stream().anyMatch(link -> link.earlierReviewId().equals(earlierReviewId));
    }
}
