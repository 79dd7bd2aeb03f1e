package org.safeguarding.tracker.api.security;

import java.util.List;
import java.util.Optional;

import org.safeguarding.tracker.api.command.CurrentActor;
import org.safeguarding.tracker.api.eventlog.RecordedEvent;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.springframework.stereotype.Component;

/**
 * An AGENCY principal's part of the data (OWASP API1): the recommendations on which its agency has an
 * assignment, and of those only its own assignment, evidence and history entries. Every other role sees
 * everything its URL rules let it reach. Readers apply it where they decide what to answer, so that another
 * agency's recommendation answers exactly as a non-existent one does.
 */
@Component
public class AgencyScope {

    private final CurrentActor currentActor;

    public AgencyScope(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** The agency the current principal is confined to; empty for every role but AGENCY. */
    public Optional<String> agency() {
        return Optional.ofNullable(currentActor.get().agency());
    }

    /** Whether a row of this agency is the current principal's to see. */
    public boolean sees(String agency) {
        return agency().map(own -> own.equals(agency)).orElse(true);
    }

    /** The state as the current principal may see it; empty when it may not see it at all. */
    public Optional<RecommendationState> visible(Optional<RecommendationState> state) {
        Optional<String> own = agency();
        if (own.isEmpty()) {
            return state;
        }
        return state.filter(s -> s.assignmentOf(own.get()).isPresent()).map(s -> redacted(s, own.get()));
    }

    /** The states of a list, each as the current principal may see it (the list already holds only those). */
    public List<RecommendationState> visible(List<RecommendationState> states) {
        return states.stream().map(state -> visible(Optional.of(state)).orElseThrow(() ->
                new IllegalStateException("a list answered a recommendation outside the agency's part"))).toList();
    }

    /** A visible recommendation's history, without the entries about other agencies' assignments. */
    public List<RecordedEvent> history(List<RecordedEvent> events) {
        return events.stream().filter(event -> !event.payload().hasNonNull("agency")
                || sees(event.payload().get("agency").asText())).toList();
    }

    /** Whether an agency filter the principal sent names another agency: then nothing of its part matches. */
    public boolean excludes(String askedAgency) {
        return askedAgency != null && !sees(askedAgency);
    }

    /** The agency filter a list applies: the principal's own agency, whatever it asked for, else what it asked. */
    public String agencyFilter(String askedAgency) {
        return agency().orElse(askedAgency);
    }

    /** The state without other agencies' assignments and evidence (unchanged for every role but AGENCY). */
    public RecommendationState redacted(RecommendationState state) {
        return agency().map(own -> redacted(state, own)).orElse(state);
    }

    private static RecommendationState redacted(RecommendationState state, String agency) {
        return new RecommendationState(state.recommendationId(), state.reviewId(), state.reference(), state.text(),
                state.themes(), state.priority(), state.raisedOn(), state.response(), state.status(),
                state.outcome(), state.closedOn(), state.supersededBy(),
                state.assignments().stream().filter(a -> a.agency().equals(agency)).toList(),
                state.evidence().stream().filter(e -> e.agency().equals(agency)).toList(), state.version());
    }
}
