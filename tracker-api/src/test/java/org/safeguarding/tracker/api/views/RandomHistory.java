package org.safeguarding.tracker.api.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.safeguarding.tracker.api.Api;

/**
 * A random but reproducible history sent through the real API: a few boards of reviews, a hundred and more
 * recommendations with every kind of step, re-referrals, and one agency renamed. The whole plan is drawn
 * first from one seeded {@link Random}, by a simulation that keeps every rule of the contract, so every
 * command must succeed; then it is sent, each recommendation's steps in order, several recommendations at a
 * time. The seed is {@code -Dviews.seed=...} when given, else random; it is in every failure message.
 */
public final class RandomHistory {

    public static final LocalDate FIRST = LocalDate.of(2011, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2016, 12, 31);
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final String[] AGENCY_PREFIXES = {"CSC", "POLICE", "HEALTH", "EDUCATION", "PROBATION"};
    private static final String[] THEME_PREFIXES = {"NEGLECT", "CSA", "ESCALATION", "VOICE", "INFOSHARE", "HISTORY",
            "RESISTANT", "SUPERVISION"};
    private static final String[] OTHER_OUTCOMES = {"PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED", "SUPERSEDED",
            "WITHDRAWN"};
    private static final String[] RESPONSES = {"ACCEPTED", "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"};
    private static final String[] OWNERS = {"Head of Safeguarding", "Detective Inspector", "Named Nurse",
            "Designated Lead", "Service Manager"};

    public final long seed;
    public final ViewModel model;
    public final Commands commands;
    public final List<String> boards = new ArrayList<>();
    public final List<String> agencies = new ArrayList<>();
    public final List<String> themes = new ArrayList<>();

    private final Random random;
    private long millis;

    // ---- the plan ----

    private sealed interface Step permits Respond, Assign, ChangeDue, Submit, Decide, Close, Reopen {
    }

    private record Respond(String decision, LocalDate on) implements Step {
    }

    private record Assign(String agency, String owner, LocalDate assignedOn, LocalDate dueOn) implements Step {
    }

    private record ChangeDue(String agency, LocalDate dueOn, LocalDate changedOn) implements Step {
    }

    /** {@code evidence} is the piece's index among the recommendation's evidence. */
    private record Submit(String agency, int evidence, LocalDate submittedOn) implements Step {
    }

    private record Decide(int evidence, String decision, LocalDate decidedOn) implements Step {
    }

    /** {@code supersededBy} is the index of another planned recommendation, or -1. */
    private record Close(String outcome, LocalDate closedOn, int supersededBy) implements Step {
    }

    private record Reopen(LocalDate reopenedOn) implements Step {
    }

    private record PlannedRecommendation(int review, String reference, String text, List<String> themes,
                                         LocalDate raisedOn, List<Step> steps) {
    }

    private record PlannedReview(String board, String reference, LocalDate commissionedOn) {
    }

    /** What the simulation knows of one assignment and one piece of evidence. */
    private static final class SimAssignment {
        final LocalDate assignedOn;
        boolean completed;
        LocalDate lastChangedOn;

        SimAssignment(LocalDate assignedOn) {
            this.assignedOn = assignedOn;
        }
    }

    private record SimEvidence(String agency, LocalDate submittedOn, boolean[] pending) {
    }

    private RandomHistory(long seed, ViewModel model, Commands commands) {
        this.seed = seed;
        this.random = new Random(seed);
        this.model = model;
        this.commands = commands;
    }

    /** The seed of {@code -Dviews.seed} when given, else a random one. */
    public static long seed() {
        String given = System.getProperty("views.seed");
        return given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    public static RandomHistory build(Api api, Function<String, String> uniqueCode, long seed, int threads) {
        long start = System.nanoTime();
        ViewModel model = new ViewModel();
        RandomHistory history = new RandomHistory(seed, model, new Commands(api, model, "views.seed=" + seed));
        history.send(uniqueCode, threads);
        history.millis = (System.nanoTime() - start) / 1_000_000;
        return history;
    }

    /** How long sending the history took. */
    public long millis() {
        return millis;
    }

    private void send(Function<String, String> uniqueCode, int threads) {
        // codes: unique per run so nothing of another test mixes in
        int agencyCount = 4 + random.nextInt(2);
        for (int i = 0; i < agencyCount; i++) {
            agencies.add(uniqueCode.apply(AGENCY_PREFIXES[i]));
        }
        int themeCount = 6 + random.nextInt(3);
        for (int i = 0; i < themeCount; i++) {
            themes.add(uniqueCode.apply(THEME_PREFIXES[i]));
        }
        for (int i = 0; i < 3; i++) {
            boards.add(uniqueCode.apply("LSCB" + (char) ('A' + i)));
        }

        // the plan, drawn from the one seeded random before anything is sent
        List<PlannedReview> reviews = new ArrayList<>();
        for (String board : boards) {
            int count = 8 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                reviews.add(new PlannedReview(board, "SCR-" + (i + 1),
                        FIRST.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST, LocalDate.of(2015, 6, 30))))));
            }
        }
        List<PlannedRecommendation> recommendations = new ArrayList<>();
        for (int r = 0; r < reviews.size(); r++) {
            int count = 2 + random.nextInt(7);
            for (int i = 0; i < count; i++) {
                List<String> carried = new ArrayList<>();
                int themesCarried = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
                while (carried.size() < themesCarried) {
                    String theme = themes.get(random.nextInt(themes.size()));
                    if (!carried.contains(theme)) {
                        carried.add(theme);
                    }
                }
                LocalDate raisedOn = after(reviews.get(r).commissionedOn(), 300);
                recommendations.add(new PlannedRecommendation(r, (r % 5 + 1) + "." + (i + 1),
                        "Recommendation " + (i + 1) + ": audit cases that fall between thresholds", carried, raisedOn,
                        new ArrayList<>()));
            }
        }
        for (int i = 0; i < recommendations.size(); i++) {
            planLifecycle(recommendations.get(i), i, recommendations.size());
        }
        String renamed = agencies.get(random.nextInt(agencies.size()));

        // sending: agencies and reviews, then every recommendation raised, then their lives in parallel
        for (String agency : agencies) {
            commands.agency(agency, "Agency " + agency.toLowerCase());
        }
        List<String> reviewIds = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            PlannedReview review = reviews.get(i);
            reviewIds.add(commands.review(review.board(), review.reference(), review.commissionedOn(), i));
        }
        String[] ids = new String[recommendations.size()];
        parallel(threads, recommendations.size(), i -> {
            PlannedRecommendation planned = recommendations.get(i);
            ids[i] = commands.raise(reviewIds.get(planned.review()), planned.reference(), planned.text(),
                    planned.themes(), planned.raisedOn());
        });
        parallel(threads, recommendations.size(), i -> live(ids[i], recommendations.get(i).steps(), ids));
        commands.agency(renamed, "Renamed agency " + renamed.toLowerCase());
        planAndSendReReferrals(reviews, reviewIds);
    }

    // ---- one recommendation's life, planned by a simulation of the rules ----

    private void planLifecycle(PlannedRecommendation planned, int index, int total) {
        List<Step> steps = planned.steps();
        LocalDate raisedOn = planned.raisedOn();
        Map<String, SimAssignment> assignments = new LinkedHashMap<>();
        List<SimEvidence> evidence = new ArrayList<>();
        boolean closed = false;
        LocalDate lastClosedOn = null;
        LocalDate lastReopenedOn = null;
        LocalDate cursor = raisedOn;

        if (random.nextInt(10) < 7) {
            steps.add(new Respond(RESPONSES[random.nextInt(RESPONSES.length)], after(raisedOn, 60)));
        }
        int initial = pick(new int[] {10, 35, 35, 20});
        for (int i = 0; i < initial; i++) {
            cursor = max(cursor, assign(steps, assignments, raisedOn));
        }
        int budget = 5 + random.nextInt(16);
        while (budget-- > 0) {
            if (closed) {
                if (random.nextInt(10) >= 4) {
                    break;
                }
                // some reopened on the day of their closure: the recording order decides that day
                LocalDate reopenedOn = random.nextInt(7) == 0 ? lastClosedOn : after(lastClosedOn, 200);
                steps.add(new Reopen(reopenedOn));
                closed = false;
                lastReopenedOn = reopenedOn;
                cursor = max(cursor, reopenedOn);
                continue;
            }
            List<String> incomplete = assignments.entrySet().stream().filter(e -> !e.getValue().completed)
                    .map(Map.Entry::getKey).toList();
            List<Integer> pending = new ArrayList<>();
            for (int e = 0; e < evidence.size(); e++) {
                if (evidence.get(e).pending()[0]) {
                    pending.add(e);
                }
            }
            boolean allCompleted = incomplete.isEmpty();
            int[] weights = {
                    assignments.size() < 3 && assignments.size() < agencies.size() ? 1 : 0, // assign
                    incomplete.isEmpty() ? 0 : 2, // change a due date
                    incomplete.isEmpty() ? 0 : 3, // submit evidence
                    pending.isEmpty() ? 0 : 4, // decide
                    allCompleted ? 4 : 1, // close
            };
            switch (pick(weights)) {
                case 0 -> cursor = max(cursor, assign(steps, assignments, raisedOn));
                case 1 -> {
                    String agency = incomplete.get(random.nextInt(incomplete.size()));
                    SimAssignment assignment = assignments.get(agency);
                    LocalDate changedOn = assignment.lastChangedOn != null && random.nextInt(4) == 0
                            ? assignment.lastChangedOn // the same changedOn as the last change: recording order decides
                            : after(assignment.assignedOn, 500);
                    LocalDate dueOn = dueDate(assignment.assignedOn, changedOn);
                    steps.add(new ChangeDue(agency, dueOn, changedOn));
                    assignment.lastChangedOn = changedOn;
                    cursor = max(cursor, changedOn);
                }
                case 2 -> {
                    String agency = incomplete.get(random.nextInt(incomplete.size()));
                    LocalDate submittedOn = after(assignments.get(agency).assignedOn, 420);
                    steps.add(new Submit(agency, evidence.size(), submittedOn));
                    evidence.add(new SimEvidence(agency, submittedOn, new boolean[] {true}));
                    cursor = max(cursor, submittedOn);
                }
                case 3 -> {
                    int e = pending.get(random.nextInt(pending.size()));
                    SimEvidence piece = evidence.get(e);
                    boolean accepted = random.nextInt(10) < 7;
                    LocalDate decidedOn = after(piece.submittedOn(), 90);
                    steps.add(new Decide(e, accepted ? "ACCEPTED" : "REJECTED", decidedOn));
                    piece.pending()[0] = false;
                    if (accepted) {
                        assignments.get(piece.agency()).completed = true;
                    }
                    cursor = max(cursor, decidedOn);
                }
                default -> {
                    String outcome = allCompleted && random.nextInt(10) < 7 ? "IMPLEMENTED"
                            : OTHER_OUTCOMES[random.nextInt(OTHER_OUTCOMES.length)];
                    int supersededBy = -1;
                    if (outcome.equals("SUPERSEDED")) {
                        supersededBy = (index + 1 + random.nextInt(total - 1)) % total;
                    }
                    LocalDate closedOn;
                    if (lastReopenedOn != null && random.nextInt(8) == 0) {
                        closedOn = lastReopenedOn; // closed again on the day of the reopening
                    } else if (lastReopenedOn != null && lastReopenedOn.isAfter(raisedOn) && random.nextInt(2) == 0) {
                        // closed on a date before the reopening it follows: allowed, only closedOn >= raisedOn holds
                        closedOn = raisedOn.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(raisedOn,
                                lastReopenedOn)));
                    } else if (random.nextInt(6) == 0) {
                        closedOn = after(raisedOn, (int) ChronoUnit.DAYS.between(raisedOn, cursor));
                    } else {
                        closedOn = after(cursor, 150);
                    }
                    steps.add(new Close(outcome, closedOn, supersededBy));
                    closed = true;
                    lastClosedOn = closedOn;
                    cursor = max(cursor, closedOn);
                }
            }
        }
    }

    private LocalDate assign(List<Step> steps, Map<String, SimAssignment> assignments, LocalDate raisedOn) {
        List<String> free = agencies.stream().filter(a -> !assignments.containsKey(a)).toList();
        String agency = free.get(random.nextInt(free.size()));
        LocalDate assignedOn = after(raisedOn, 150);
        LocalDate dueOn = dueDate(assignedOn, assignedOn);
        steps.add(new Assign(agency, OWNERS[random.nextInt(OWNERS.length)], assignedOn, dueOn));
        assignments.put(agency, new SimAssignment(assignedOn));
        return assignedOn;
    }

    /** A due date on or after {@code assignedOn}: mostly months after {@code from}, some around today, some far ahead. */
    private LocalDate dueDate(LocalDate assignedOn, LocalDate from) {
        int kind = random.nextInt(100);
        LocalDate dueOn;
        if (kind < 8) {
            dueOn = LocalDate.now(ZONE).plusDays(random.nextInt(45) - 5);
        } else if (kind < 11) {
            dueOn = LocalDate.of(2030, 1, 1).plusDays(random.nextInt(400));
        } else if (kind < 20) {
            dueOn = from.minusDays(random.nextInt(60));
        } else {
            dueOn = from.plusDays(random.nextInt(540));
        }
        return dueOn.isBefore(assignedOn) ? assignedOn : dueOn;
    }

    private void live(String id, List<Step> steps, String[] ids) {
        List<String> evidenceIds = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Respond s) {
                commands.respond(id, s.decision(), s.on());
            } else if (step instanceof Assign s) {
                commands.assign(id, s.agency(), s.owner(), s.assignedOn(), s.dueOn());
            } else if (step instanceof ChangeDue s) {
                commands.changeDueDate(id, s.agency(), s.dueOn(), s.changedOn());
            } else if (step instanceof Submit s) {
                evidenceIds.add(commands.submitEvidence(id, s.agency(), s.submittedOn()));
            } else if (step instanceof Decide s) {
                commands.decide(id, evidenceIds.get(s.evidence()), s.decision(), s.decidedOn());
            } else if (step instanceof Close s) {
                commands.close(id, s.outcome(), s.closedOn(), s.supersededBy() < 0 ? null : ids[s.supersededBy()]);
            } else if (step instanceof Reopen s) {
                commands.reopen(id, s.reopenedOn());
            }
        }
    }

    // ---- re-referrals: later reviews of a board linked to earlier ones, dated around their closures ----

    private void planAndSendReReferrals(List<PlannedReview> reviews, List<String> reviewIds) {
        for (String board : boards) {
            List<Integer> ofBoard = new ArrayList<>();
            for (int i = 0; i < reviews.size(); i++) {
                if (reviews.get(i).board().equals(board)) {
                    ofBoard.add(i);
                }
            }
            Set<String> linked = new LinkedHashSet<>();
            int links = 2 + random.nextInt(3);
            for (int attempt = 0; attempt < 20 && linked.size() < links; attempt++) {
                int later = ofBoard.get(random.nextInt(ofBoard.size()));
                int earlier = ofBoard.get(random.nextInt(ofBoard.size()));
                if (later == earlier || !linked.add(later + ">" + earlier)) {
                    continue;
                }
                commands.reReferral(reviewIds.get(later), reviewIds.get(earlier),
                        referredOn(reviewIds.get(earlier), reviews.get(earlier).commissionedOn()));
            }
        }
    }

    /** On, just before or just after a closure of one of the earlier review's recommendations, or any date. */
    private LocalDate referredOn(String earlierReviewId, LocalDate commissionedOn) {
        List<LocalDate> closures = new ArrayList<>();
        for (ViewModel.Recommendation recommendation : model.recommendations()) {
            if (recommendation.reviewId().equals(earlierReviewId)) {
                recommendation.marks().forEach(mark -> closures.add(mark.date()));
            }
        }
        closures.sort(null); // the model lists recommendations in the order they were raised, from several threads
        LocalDate referredOn;
        if (!closures.isEmpty() && random.nextInt(4) != 0) {
            referredOn = closures.get(random.nextInt(closures.size())).plusDays(random.nextInt(3) - 1);
        } else {
            referredOn = after(commissionedOn, 1500);
        }
        if (referredOn.isBefore(commissionedOn)) {
            return commissionedOn;
        }
        return referredOn.isAfter(LAST) ? LAST : referredOn;
    }

    // ---- helpers ----

    /** A date from {@code from} to {@code spread} days later, never after {@link #LAST}. */
    private LocalDate after(LocalDate from, int spread) {
        long room = Math.max(0, Math.min(spread, ChronoUnit.DAYS.between(from, LAST)));
        return from.plusDays(random.nextInt((int) room + 1));
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private interface IndexTask {
        void run(int index);
    }

    private void parallel(int threads, int count, IndexTask task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError("views.seed=" + seed + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
