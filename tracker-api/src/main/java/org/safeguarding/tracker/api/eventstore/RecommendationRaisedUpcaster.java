package org.safeguarding.tracker.api.eventstore;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.safeguarding.tracker.domain.recommendation.RecommendationRaised;

/**
 * Reads a stored revision 1 {@link RecommendationRaised}, which lacks the review's board and reference, as
 * revision 2: the two fields come from the review's key, found by its {@code reviewId}. Stored events are never
 * rewritten; the upcast happens on every read, for the aggregate and the projections alike.
 */
public class RecommendationRaisedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(RecommendationRaised.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(RecommendationRaised.class.getName(), "2");

    private final Function<UUID, ReviewKey> reviews;

    public RecommendationRaisedUpcaster(Function<UUID, ReviewKey> reviews) {
        this.reviews = reviews;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload ->
                revision2(payload, reviews.apply(UUID.fromString(payload.path("reviewId").asText()))));
    }

    /** The revision 1 payload with {@code board} and {@code reviewReference} after {@code reviewId}, as in revision 2. */
    static ObjectNode revision2(JsonNode revision1, ReviewKey review) {
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : revision1.properties()) {
            revision2.set(field.getKey(), field.getValue());
            if (field.getKey().equals("reviewId")) {
                revision2.put("board", review.board());
                revision2.put("reviewReference", review.reference());
            }
        }
        return revision2;
    }
}
