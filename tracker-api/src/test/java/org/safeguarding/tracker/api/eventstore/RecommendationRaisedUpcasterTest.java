package org.safeguarding.tracker.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.recommendation.Priority;
import org.safeguarding.tracker.domain.recommendation.RecommendationRaised;

class RecommendationRaisedUpcasterTest {

    private static final UUID RECOMMENDATION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID REVIEW = UUID.fromString("00000000-0000-0000-0000-0000000000cc");
    private static final String TYPE = RecommendationRaised.class.getName();
    /** A revision 1 payload exactly as the service stored it. */
    static final String REVISION_1 = """
            {"recommendationId":"00000000-0000-0000-0000-0000000000aa",\
            "reviewId":"00000000-0000-0000-0000-0000000000cc","reference":"4.3",\
            "text":"ensure an escalation procedure","themes":["ESCALATION","NEGLECT"],"priority":"HIGH",\
            "raisedOn":"2014-01-10"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final List<UUID> lookedUp = new ArrayList<>();
    private final RecommendationRaisedUpcaster upcaster = new RecommendationRaisedUpcaster(reviewId -> {
        lookedUp.add(reviewId);
        return new ReviewKey("LSCB-A", "SCR-2014-1");
    });

    @Test
    void revision2AddsTheBoardAndReviewReferenceAfterTheReviewIdAndKeepsEveryOtherField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String upcast = RecommendationRaisedUpcaster.revision2(json.readTree(REVISION_1),
                new ReviewKey("LSCB-A", "SCR-2014-1")).toString();

        assertThat(upcast).isEqualTo("""
                {"recommendationId":"00000000-0000-0000-0000-0000000000aa",\
                "reviewId":"00000000-0000-0000-0000-0000000000cc","board":"LSCB-A","reviewReference":"SCR-2014-1",\
                "reference":"4.3","text":"ensure an escalation procedure","themes":["ESCALATION","NEGLECT"],\
                "priority":"HIGH","raisedOn":"2014-01-10"}""");
    }

    @Test
    void aStoredRevision1EventIsReadAsRevision2WithTheKeyOfItsReview() {
        IntermediateEventRepresentation upcast = single(upcaster.upcast(Stream.of(stored("1"))));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(TYPE, "2"));
        RecommendationRaised event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new RecommendationRaised(RECOMMENDATION, REVIEW, "LSCB-A", "SCR-2014-1", "4.3",
                "ensure an escalation procedure", List.of("ESCALATION", "NEGLECT"), Priority.HIGH,
                LocalDate.of(2014, 1, 10)));
        assertThat(lookedUp).containsExactly(REVIEW);
    }

    @Test
    void aRevision2EventIsLeftAsItIsAndNothingIsLookedUp() {
        IntermediateEventRepresentation stored = stored("2");

        IntermediateEventRepresentation read = single(upcaster.upcast(Stream.of(stored)));

        assertThat(read).isSameAs(stored);
        assertThat(lookedUp).isEmpty();
    }

    private InitialEventRepresentation stored(String revision) {
        SerializedType type = new SimpleSerializedType(TYPE, revision);
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Recommendation",
                RECOMMENDATION.toString(), 0, UUID.randomUUID().toString(), Instant.parse("2014-01-10T09:00:00Z"),
                type.getName(), type.getRevision(), REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    private static IntermediateEventRepresentation single(Stream<IntermediateEventRepresentation> events) {
        List<IntermediateEventRepresentation> all = events.toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
