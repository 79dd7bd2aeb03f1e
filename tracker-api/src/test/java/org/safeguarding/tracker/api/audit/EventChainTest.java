package org.safeguarding.tracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EventChainTest {

    private static JsonNode json(String text) {
        return CanonicalJson.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ChainLink link(long sequence, String payload, String metadata) {
        return new ChainLink("CSC", "Agency", sequence, "org.example.AgencyRenamed", "1",
                Instant.parse("2014-01-09T08:02:11.120Z"), json(payload), json(metadata));
    }

    private static final ChainLink FIRST = link(0, "{\"code\":\"CSC\",\"name\":\"Care\"}", "{\"actor\":\"a\"}");

    @Test
    void theHashIsSha256OfTheDocumentedCanonicalDocument() {
        // the canonical document, written out by hand: an independent reading of EventChain's javadoc
        String document = "{\"aggregateId\":\"CSC\",\"aggregateType\":\"Agency\",\"metadata\":{\"actor\":\"a\"},"
                + "\"payload\":{\"code\":\"CSC\",\"name\":\"Care\"},\"payloadType\":\"org.example.AgencyRenamed\","
                + "\"previousHash\":null,\"recordedAt\":\"2014-01-09T08:02:11.120Z\",\"revision\":\"1\","
                + "\"scheme\":\"tracker-event/1\",\"sequence\":0}";
        assertThat(EventChain.hash(null, FIRST)).isEqualTo(sha256(document));
    }

    @Test
    void aReSerialisedPayloadHashesTheSame() {
        ChainLink reordered = link(0, "{ \"name\" : \"Care\", \"code\" : \"CSC\" }", "{\"actor\":\"a\"}");
        assertThat(EventChain.hash(null, reordered)).isEqualTo(EventChain.hash(null, FIRST));
    }

    @Test
    void everyHashedPartChangesTheHash() {
        String hash = EventChain.hash(null, FIRST);
        assertThat(EventChain.hash("00", FIRST)).isNotEqualTo(hash);
        assertThat(EventChain.hash(null, link(1, "{\"code\":\"CSC\",\"name\":\"Care\"}", "{\"actor\":\"a\"}")))
                .isNotEqualTo(hash);
        assertThat(EventChain.hash(null, link(0, "{\"code\":\"CSC\",\"name\":\"Cure\"}", "{\"actor\":\"a\"}")))
                .isNotEqualTo(hash);
        assertThat(EventChain.hash(null, link(0, "{\"code\":\"CSC\",\"name\":\"Care\"}", "{\"actor\":\"b\"}")))
                .isNotEqualTo(hash);
    }

    @Test
    void eachHashChainsOnThePreviousOne() {
        String first = EventChain.hash(null, FIRST);
        ChainLink second = link(1, "{\"code\":\"CSC\",\"name\":\"Care 2\"}", "{\"actor\":\"a\"}");
        assertThat(EventChain.hash(first, second)).isNotEqualTo(EventChain.hash(null, second))
                .isEqualTo(EventChain.hash(first, second));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
