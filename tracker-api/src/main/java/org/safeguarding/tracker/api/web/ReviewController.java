package org.safeguarding.tracker.api.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.safeguarding.tracker.api.command.AggregateKind;
import org.safeguarding.tracker.api.reading.ReviewReader;
import org.safeguarding.tracker.api.security.AgencyScope;
import org.safeguarding.tracker.api.web.request.RecordReReferralRequest;
import org.safeguarding.tracker.api.web.request.RegisterReviewRequest;
import org.safeguarding.tracker.domain.code.BoardCode;
import org.safeguarding.tracker.domain.review.RecordReReferral;
import org.safeguarding.tracker.domain.review.RegisterReview;
import org.safeguarding.tracker.projections.Page;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.safeguarding.tracker.projections.lists.RecommendationList;
import org.safeguarding.tracker.projections.lists.ReviewList;
import org.safeguarding.tracker.projections.lists.ReviewListItem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
// produces: a command whose answer the caller cannot accept is refused (406) before it runs, not after
@RequestMapping(value = "/api/v1/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reviews", description = "Case reviews commissioned by boards, and re-referral links between them")
public class ReviewController {

    private static final String REVIEW_PATH = "/api/v1/reviews/{reviewId}";

    private final CommandAnswers commands;
    private final ReviewReader reader;
    private final ReviewList reviews;
    private final RecommendationList recommendations;
    private final ReadYourWrites readYourWrites;
    private final AgencyScope scope;

    public ReviewController(CommandAnswers commands, ReviewReader reader, ReviewList reviews,
                            RecommendationList recommendations, ReadYourWrites readYourWrites,
                            AgencyScope scope) {
        this.commands = commands;
        this.reader = reader;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.readYourWrites = readYourWrites;
        this.scope = scope;
    }

    @PostMapping
    @Operation(summary = "Register a review",
            description = "Registers a case review commissioned by a board; its id is new. The reference is unique "
                    + "per board (409 when taken). Titles are anonymised: never a child's name.")
    @ApiResponse(responseCode = "201", description = "Registered: the review, with no recommendations yet",
            useReturnTypeSchema = true)
    public ResponseEntity<ReviewDetail> register(@Valid @RequestBody RegisterReviewRequest request) {
        UUID reviewId = UUID.randomUUID();
        return commands.create(AggregateKind.Review, reviewId,
                new RegisterReview(reviewId, new BoardCode(request.board()), request.reference(), request.kind(),
                        request.title(), request.commissionedOn(), request.publishedOn()))
                .created(REVIEW_PATH, dispatched -> detail(reviewId), reviewId);
    }

    @PostMapping("/{reviewId}/re-referrals")
    @Operation(summary = "Link the review as a re-referral of an earlier review of the same board",
            description = "422 when the earlier review does not exist, 409 across boards, when already linked, "
                    + "or when referredOn is before the earlier review's commissionedOn.")
    @ApiResponse(responseCode = "201", description = "Linked: the review, with the link in reReferralOf",
            useReturnTypeSchema = true)
    public ResponseEntity<ReviewDetail> reReferral(@PathVariable UUID reviewId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody RecordReReferralRequest request) {
        return commands.update(AggregateKind.Review, reviewId, ifMatch,
                new RecordReReferral(reviewId, request.earlierReviewId(), request.referredOn(), request.note()))
                .created(REVIEW_PATH, dispatched -> detail(reviewId), reviewId);
    }

    @GetMapping
    @Operation(summary = "A page of reviews, with counts of open and closed recommendations",
            description = "Optionally of one board. Eventually consistent; minPosition waits until the list has "
                    + "processed that position.")
    @ApiResponse(responseCode = "200", description = "The page of reviews", useReturnTypeSchema = true)
    public Page<ReviewListItem> page(@RequestParam(required = false) String board,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) Long minPosition) {
        String boardCode = board == null ? null : new BoardCode(board).value();
        readYourWrites.await(ProcessingGroups.LISTS, minPosition);
        return scope.agency().map(agency -> reviews.pageOfAgency(agency, boardCode, Paging.of(page, size)))
                .orElseGet(() -> reviews.page(boardCode, Paging.of(page, size)));
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "One review",
            description = "Its own fields and re-referrals come from the event store; its recommendations from the "
                    + "list projection (minPosition waits for it).")
    @ApiResponse(responseCode = "200", description = "The review", useReturnTypeSchema = true)
    public ReviewDetail one(@PathVariable UUID reviewId, @RequestParam(required = false) Long minPosition) {
        readYourWrites.await(ProcessingGroups.LISTS, minPosition);
        return detail(reviewId);
    }

    /** An agency sees a review only through its own recommendations: with none, the review is not there. */
    private ReviewDetail detail(UUID reviewId) {
        String agency = scope.agency().orElse(null);
        return reader.current(reviewId)
                .map(review -> ReviewDetail.of(review, recommendations.ofReview(reviewId, agency)))
                .filter(review -> agency == null || !review.recommendations().isEmpty())
                .orElseThrow(() -> new NotFoundException("no review " + reviewId));
    }
}
