package org.safeguarding.tracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.tracker.api.Api;

/** Drives {@code /views/rebuild} for the tests that replay the event store into the idle generation. */
public final class ViewRebuilds {

    private ViewRebuilds() {
    }

    /** The generation live now. */
    public static String live(Api api) {
        return api.get("/api/v1/views/rebuild").json().get("live").asText();
    }

    /** Starts a rebuild, or joins the one already under way, and waits until a new generation is live. */
    public static void rebuildFromScratch(Api api) {
        String liveBefore = live(api);
        Api.Answer started = api.post("/api/v1/views/rebuild", "");
        assertThat(started.status()).as(started.text()).isIn(202, 409);
        awaitLiveOtherThan(api, liveBefore);
    }

    public static void awaitLiveOtherThan(Api api, String liveBefore) {
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            JsonNode state = api.get("/api/v1/views/rebuild").json();
            return state.get("building").isNull() && !state.get("live").asText().equals(liveBefore);
        });
    }
}
