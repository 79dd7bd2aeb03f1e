package org.safeguarding.tracker.api.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.safeguarding.tracker.domain.code.AgencyCode;
import org.safeguarding.tracker.domain.code.BoardCode;
import org.safeguarding.tracker.domain.code.Theme;
import org.safeguarding.tracker.domain.recommendation.AssignRecommendation;
import org.safeguarding.tracker.domain.recommendation.AssuranceDecision;
import org.safeguarding.tracker.domain.recommendation.ChangeDueDate;
import org.safeguarding.tracker.domain.recommendation.CloseRecommendation;
import org.safeguarding.tracker.domain.recommendation.DecideOnEvidence;
import org.safeguarding.tracker.domain.recommendation.Outcome;
import org.safeguarding.tracker.domain.recommendation.Priority;
import org.safeguarding.tracker.domain.recommendation.RaiseRecommendation;
import org.safeguarding.tracker.domain.recommendation.RecordBoardResponse;
import org.safeguarding.tracker.domain.recommendation.ReopenRecommendation;
import org.safeguarding.tracker.domain.recommendation.ResponseDecision;
import org.safeguarding.tracker.domain.recommendation.SubmitEvidence;
import org.safeguarding.tracker.domain.review.RecordReReferral;
import org.safeguarding.tracker.domain.review.RegisterReview;
import org.safeguarding.tracker.domain.review.ReviewKind;
import org.safeguarding.tracker.domain.rules.DateRules;

/**
 * A realistic, seeded history of boards, reviews and recommendations as the commands a board's staff would
 * send: most recommendations assigned to one to three agencies, evidenced (some evidence rejected first),
 * due dates extended, most closed, some reopened, some reviews re-referrals of earlier ones. Every
 * recommendation's commands are valid in order, so the history goes through the real command path; no date
 * of what happened lies after today, by the domain's own rule on the clock given.
 */
public final class SyntheticBoards {

    static final List<AgencyCode> AGENCIES = Stream.of("CSC", "POLICE", "HEALTH-ACUTE", "HEALTH-COMMUNITY", "CCG",
            "EDUCATION", "PROBATION", "DISTRICT-COUNCIL", "LIG", "MESG").map(AgencyCode::new).toList();
    static final List<Theme> THEMES = Stream.of("NEGLECT", "CSA", "ESCALATION", "VOICE-OF-CHILD",
            "INFORMATION-SHARING", "ASSESSMENT", "RESISTANT-FAMILIES", "SUPERVISION", "THRESHOLDS", "EQUALITY")
            .map(Theme::new).toList();
    private static final LocalDate FIRST = LocalDate.of(2011, 1, 3);
    private static final int RECOMMENDATIONS_PER_REVIEW = 8;

    private final Random random;
    private final Clock clock;

    public SyntheticBoards(long seed, Clock clock) {
        this.random = new Random(seed);
        this.clock = clock;
    }

    /** One review with its recommendations, each a list of commands to send in order. */
    public record ReviewHistory(RegisterReview review, RecordReReferral reReferral, List<List<Object>> recommendations) {
    }

    /** {@code prefix} keeps review references unique when several data sets go into one database. */
    public List<ReviewHistory> reviews(int recommendations, int boards, String prefix) {
        List<ReviewHistory> reviews = new ArrayList<>();
        List<List<RegisterReview>> byBoard = new ArrayList<>();
        for (int b = 0; b < boards; b++) {
            byBoard.add(new ArrayList<>());
        }
        int made = 0;
        for (int r = 0; made < recommendations; r++) {
            int board = r % boards;
            LocalDate commissioned = FIRST.plusDays(random.nextInt(daysUntil(FIRST) - 400));
            RegisterReview review = new RegisterReview(UUID.randomUUID(), new BoardCode("BOARD-" + (board + 1)),
                    prefix + "-" + (r + 1),
                    ReviewKind.values()[random.nextInt(ReviewKind.values().length)], "Review " + (r + 1),
                    commissioned, random.nextInt(4) == 0 ? null : commissioned.plusDays(120 + random.nextInt(200)));
            RecordReReferral reReferral = reReferral(review, byBoard.get(board));
            byBoard.get(board).add(review);
            int count = Math.min(recommendations - made, 1 + random.nextInt(RECOMMENDATIONS_PER_REVIEW * 2 - 1));
            List<List<Object>> lives = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lives.add(life(review, "R" + (i + 1)));
            }
            made += count;
            reviews.add(new ReviewHistory(review, reReferral, lives));
        }
        return reviews;
    }

    private RecordReReferral reReferral(RegisterReview review, List<RegisterReview> earlier) {
        List<RegisterReview> candidates = earlier.stream()
                .filter(e -> e.commissionedOn().isBefore(review.commissionedOn())).toList();
        if (candidates.isEmpty() || random.nextInt(10) != 0) {
            return null;
        }
        RegisterReview earlierReview = candidates.get(random.nextInt(candidates.size()));
        return new RecordReReferral(review.reviewId(), earlierReview.reviewId(), review.commissionedOn(),
                "family re-referred");
    }

    private List<Object> life(RegisterReview review, String reference) {
        List<Object> commands = new ArrayList<>();
        UUID id = UUID.randomUUID();
        LocalDate raised = DateRules.clampedToToday(review.commissionedOn().plusDays(60 + random.nextInt(300)), clock);
        commands.add(new RaiseRecommendation(id, review.reviewId(), reference,
                "Agencies should review practice on " + THEMES.get(random.nextInt(THEMES.size())).value().toLowerCase(),
                themes(), random.nextInt(5) == 0 ? Priority.HIGH : Priority.NORMAL, raised));
        LocalDate date = raised;
        if (random.nextInt(10) < 8) {
            date = later(date, 30);
            commands.add(new RecordBoardResponse(id, ResponseDecision.ACCEPTED, null, date));
        }
        List<AgencyCode> agencies = agencies();
        List<LocalDate> assigned = new ArrayList<>();
        for (AgencyCode agency : agencies) {
            LocalDate on = later(date, 45);
            assigned.add(on);
            commands.add(new AssignRecommendation(id, agency, "Safeguarding lead", on.plusDays(90 + random.nextInt(270)),
                    on));
        }
        boolean allCompleted = true;
        LocalDate last = date;
        for (int a = 0; a < agencies.size(); a++) {
            LocalDate on = assigned.get(a);
            if (random.nextInt(4) == 0) {
                on = later(on, 120);
                commands.add(new ChangeDueDate(id, agencies.get(a), on.plusDays(60 + random.nextInt(180)),
                        "Extended by the board", on));
            }
            int outcome = random.nextInt(10);
            if (outcome < 2) {
                allCompleted = false; // never evidenced
                continue;
            }
            if (outcome < 4) {
                on = later(on, 150);
                UUID rejected = UUID.randomUUID();
                commands.add(new SubmitEvidence(id, rejected, agencies.get(a), "Action plan", null, on));
                on = later(on, 40);
                commands.add(new DecideOnEvidence(id, rejected, AssuranceDecision.REJECTED, "Impact not shown", on));
            }
            on = later(on, 200);
            UUID evidence = UUID.randomUUID();
            commands.add(new SubmitEvidence(id, evidence, agencies.get(a), "Audit of practice", null, on));
            if (outcome == 9) {
                allCompleted = false; // awaiting assurance
                continue;
            }
            on = later(on, 40);
            commands.add(new DecideOnEvidence(id, evidence, AssuranceDecision.ACCEPTED, null, on));
            last = max(last, on);
        }
        closeAndMaybeReopen(commands, id, last, allCompleted);
        return commands;
    }

    private void closeAndMaybeReopen(List<Object> commands, UUID id, LocalDate last, boolean allCompleted) {
        int fate = random.nextInt(10);
        if (fate < 3 && !allCompleted) {
            return; // still open
        }
        LocalDate closed = later(last, 60);
        Outcome outcome = allCompleted ? Outcome.IMPLEMENTED
                : fate < 6 ? Outcome.PARTIALLY_IMPLEMENTED : fate < 8 ? Outcome.NOT_IMPLEMENTED : Outcome.WITHDRAWN;
        commands.add(new CloseRecommendation(id, outcome, "Board decision", closed, null));
        if (random.nextInt(12) == 0) {
            LocalDate reopened = later(closed, 300);
            commands.add(new ReopenRecommendation(id, "Later review showed it did not stick", reopened));
            if (random.nextBoolean()) {
                commands.add(new CloseRecommendation(id, Outcome.PARTIALLY_IMPLEMENTED, "Closed again",
                        later(reopened, 200), null));
            }
        }
    }

    private List<Theme> themes() {
        List<Theme> themes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (themes.size() < count) {
            Theme theme = THEMES.get(random.nextInt(THEMES.size()));
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    private List<AgencyCode> agencies() {
        List<AgencyCode> agencies = new ArrayList<>();
        int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        while (agencies.size() < count) {
            AgencyCode agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
            if (!agencies.contains(agency)) {
                agencies.add(agency);
            }
        }
        return agencies;
    }

    /** A date up to {@code days} after {@code date}, never after today. */
    private LocalDate later(LocalDate date, int days) {
        return DateRules.clampedToToday(date.plusDays(random.nextInt(days + 1)), clock);
    }

    private int daysUntil(LocalDate from) {
        return (int) (DateRules.today(clock).toEpochDay() - from.toEpochDay());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
