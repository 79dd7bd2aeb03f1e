package org.safeguarding.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.beans.factory.annotation.Autowired;

class ServiceStartsIT extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void healthIsDownWhileAnEventProcessorIsStopped() {
        EventProcessor lists = processing.eventProcessor(ProcessingGroups.LISTS).orElseThrow();
        lists.shutDown();
        try {
            Api.Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
        } finally {
            lists.start();
        }
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        Api.Answer health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void onlyHealthIsExposedAmongActuatorEndpoints() {
        assertThat(api.get("/actuator/env").status()).isEqualTo(404);
        assertThat(api.get("/actuator/beans").status()).isEqualTo(404);
    }

    @Test
    void publishesTheOpenApiDocument() {
        Api.Answer doc = api.get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("paths").has("/api/v1/recommendations/{id}/closure")).isTrue();
    }
}
