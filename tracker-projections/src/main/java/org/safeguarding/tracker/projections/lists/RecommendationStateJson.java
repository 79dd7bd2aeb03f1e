package org.safeguarding.tracker.projections.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.safeguarding.tracker.domain.recommendation.RecommendationState;
import org.springframework.stereotype.Component;

/** The JSON form of a recommendation's state as the list projection stores it. */
@Component
public class RecommendationStateJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(RecommendationState state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write recommendation state " + state.recommendationId(), e);
        }
    }

    public RecommendationState read(String json) {
        try {
            return mapper.readValue(json, RecommendationState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored recommendation state", e);
        }
    }
}
