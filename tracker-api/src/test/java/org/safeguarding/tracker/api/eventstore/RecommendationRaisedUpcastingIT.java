package org.safeguarding.tracker.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.audit.CanonicalJson;
import org.safeguarding.tracker.api.audit.ChainLink;
import org.safeguarding.tracker.api.audit.EventChain;
import org.safeguarding.tracker.api.views.Commands;
import org.safeguarding.tracker.api.views.ViewCheck;
import org.safeguarding.tracker.api.views.ViewModel;
import org.safeguarding.tracker.api.views.ViewRebuilds;
import org.safeguarding.tracker.domain.recommendation.Priority;
import org.safeguarding.tracker.domain.recommendation.RecommendationRaised;
import org.safeguarding.tracker.domain.review.ReviewRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review and one of its recommendations as the service stored them before {@code RecommendationRaised} had a
 * revision 2: written straight into the event table, in revision 1's exact JSON, with no row in any registry.
 * The event store reads them as revision 2, and the views built from them place the recommendation under its
 * review's board and reference, both as the live processor tails the store and after a rebuild from scratch.
 */
class RecommendationRaisedUpcastingIT extends ApiTest {

    private static final LocalDate RAISED = LocalDate.of(2013, 1, 10);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private org.axonframework.config.Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    private record OldHistory(String board, String reviewReference, UUID reviewId, UUID recommendationId) {
    }

    @Test
    void aStoredRevision1EventIsReadBackAsRevision2WithItsReviewsBoardAndReference() {
        OldHistory old = storeOldHistory();

        IntermediateEventRepresentation upcast = axon.upcasterChain().upcast(Stream.of(storedRaised(old))).toList()
                .get(0);
        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(RecommendationRaised.class.getName(), "2"));

        RecommendationRaised expected = new RecommendationRaised(old.recommendationId(), old.reviewId(), old.board(),
                old.reviewReference(), "4.3", "ensure an escalation procedure", List.of("ESCALATION"),
                Priority.NORMAL, RAISED);
        assertThat((Object) eventSerializer.deserialize(upcast.getData())).isEqualTo(expected);
        assertThat(eventStore.readEvents(old.recommendationId().toString()).next().getPayload()).isEqualTo(expected);
    }

    @Test
    void theViewsBuiltFromAStoredRevision1EventShowItUnderItsReviewsBoardAndReference() {
        OldHistory old = storeOldHistory();
        ViewModel model = new ViewModel();
        model.review(old.reviewId().toString(), old.board(), old.reviewReference(), LocalDate.of(2012, 11, 1));
        model.raised(old.recommendationId().toString(), old.reviewId().toString(), "4.3",
                "ensure an escalation procedure", List.of("ESCALATION"), RAISED);
        Commands commands = new Commands(api, model, "upcasting");
        String agency = commands.agency(uniqueCode("POLICE"), "Police");
        // the aggregate itself is loaded from the upcast event to take this command
        commands.assign(old.recommendationId().toString(), agency, "Head of service", LocalDate.of(2013, 2, 1),
                LocalDate.of(2013, 6, 30));

        assertViewsMatch(old, new ViewCheck(api, model, commands.position(), "upcasting, live"));
        ViewRebuilds.rebuildFromScratch(api);
        assertViewsMatch(old, new ViewCheck(api, model, commands.position(), "upcasting, rebuilt"));
    }

    private void assertViewsMatch(OldHistory old, ViewCheck check) {
        List<String> mismatches = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 8, 1))) {
            mismatches.addAll(check.all(on, old.board()));
        }
        assertThat(mismatches).as(String.join("\n  ", mismatches)).isEmpty();
        JsonNode actions = api.get("/api/v1/views/outstanding-actions?board=" + old.board() + "&on=2013-03-01").json();
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).get("recommendationId").asText()).isEqualTo(old.recommendationId().toString());
        assertThat(actions.get(0).get("reviewReference").asText()).isEqualTo(old.reviewReference());
    }

    private OldHistory storeOldHistory() {
        OldHistory old = new OldHistory(uniqueCode("OLD"), "SCR-" + uniqueCode("2012"), UUID.randomUUID(),
                UUID.randomUUID());
        store("Review", old.reviewId(), ReviewRegistered.class, "1", """
                {"reviewId":"%s","board":"%s","reference":"%s","kind":"SCR","title":"Child A",\
                "commissionedOn":"2012-11-01","publishedOn":null}""".formatted(old.reviewId(), old.board(),
                old.reviewReference()));
        store("Recommendation", old.recommendationId(), RecommendationRaised.class, "1", """
                {"recommendationId":"%s","reviewId":"%s","reference":"4.3",\
                "text":"ensure an escalation procedure","themes":["ESCALATION"],"priority":"NORMAL",\
                "raisedOn":"2013-01-10"}""".formatted(old.recommendationId(), old.reviewId()));
        return old;
    }

    /** An event stored long ago, chained as the migration that chained the stored events did. */
    private void store(String aggregateType, UUID aggregateId, Class<?> payloadType, String revision, String payload) {
        Instant recordedAt = Instant.now();
        String hash = EventChain.hash(null, new ChainLink(aggregateId.toString(), aggregateType, 0,
                payloadType.getName(), revision, recordedAt,
                CanonicalJson.parse(payload.getBytes(StandardCharsets.UTF_8)),
                CanonicalJson.parse("{}".getBytes(StandardCharsets.UTF_8))));
        jdbc.update("""
                        insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                            payload_type, time_stamp, aggregate_identifier, sequence_number, type, chain_hash)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), revision, payloadType.getName(), recordedAt.toString(),
                aggregateId.toString(), aggregateType, hash);
    }

    /** The recommendation's first event as the storage engine hands it to the upcaster chain. */
    private InitialEventRepresentation storedRaised(OldHistory old) {
        return jdbc.queryForObject("""
                        select event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where aggregate_identifier = ? and sequence_number = 0""",
                (row, i) -> new InitialEventRepresentation(new GenericDomainEventEntry<>("Recommendation",
                        old.recommendationId().toString(), 0, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getBytes(5), row.getBytes(6)), eventSerializer),
                old.recommendationId().toString());
    }
}
