package org.safeguarding.tracker.domain.review;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.safeguarding.tracker.domain.rules.DateRules;
import org.safeguarding.tracker.domain.rules.LifecycleRuleException;
import org.safeguarding.tracker.domain.rules.ReferenceTakenException;
import org.safeguarding.tracker.domain.rules.UnknownReferenceException;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A case review commissioned by a board; its recommendations are separate aggregates. */
public class Review {

    @AggregateIdentifier
    private UUID reviewId;
    private ReviewState state;

    protected Review() {
        // for Axon
    }

    @CommandHandler
    public Review(RegisterReview command, ReviewRegistry registry, Clock clock) {
        DateRules.notAfterToday("commissionedOn", command.commissionedOn(), clock);
        if (command.publishedOn() != null) {
            DateRules.notAfterToday("publishedOn", command.publishedOn(), clock);
            DateRules.inOrder("commissionedOn", command.commissionedOn(), "publishedOn", command.publishedOn());
        }
        ReviewEntry entry = new ReviewEntry(command.reviewId(), command.board().value(), command.reference(),
                command.commissionedOn());
        if (!registry.claim(entry)) {
            throw new ReferenceTakenException("reference",
                    "board " + command.board() + " already has a review with reference " + command.reference());
        }
        apply(new ReviewRegistered(command.reviewId(), command.board().value(), command.reference(), command.kind(),
                command.title(), command.commissionedOn(), command.publishedOn()));
    }

    @CommandHandler
    public void handle(RecordReReferral command, ReviewRegistry registry, Clock clock) {
        DateRules.notAfterToday("referredOn", command.referredOn(), clock);
        if (command.earlierReviewId().equals(reviewId)) {
            throw new LifecycleRuleException("earlierReviewId", "a review cannot be a re-referral of itself");
        }
        ReviewEntry earlier = registry.find(command.earlierReviewId())
                .orElseThrow(() -> new UnknownReferenceException("earlierReviewId",
                        "no review " + command.earlierReviewId()));
        if (!earlier.board().equals(state.board())) {
            throw new LifecycleRuleException("earlierReviewId",
                    "a re-referral links reviews of one board; the earlier review belongs to " + earlier.board());
        }
        if (state.isReReferralOf(earlier.reviewId())) {
            throw new LifecycleRuleException("earlierReviewId",
                    "the review is already linked as a re-referral of " + earlier.reviewId());
        }
        DateRules.notBefore("referredOn", command.referredOn(), "the earlier review's commissionedOn",
                earlier.commissionedOn());
        apply(new ReReferralRecorded(reviewId, earlier.reviewId(), command.referredOn(), command.note()));
    }

    @EventSourcingHandler
    void on(ReviewEvent event) {
        state = ReviewState.fold(state, event);
        reviewId = state.reviewId();
    }
}
