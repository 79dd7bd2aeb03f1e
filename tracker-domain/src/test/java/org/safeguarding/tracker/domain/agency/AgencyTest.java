package org.safeguarding.tracker.domain.agency;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.InMemoryRegistries;
import org.safeguarding.tracker.domain.code.AgencyCode;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyTest {

    private static final String CODE = "POLICE";
    private static final AgencyCode POLICE = new AgencyCode(CODE);

    private final InMemoryRegistries registries = new InMemoryRegistries();
    private FixtureConfiguration<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
        fixture.registerInjectableResource(registries);
    }

    @Test
    void registerAgency_publishesAgencyRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency(POLICE, "Police"))
                .expectEvents(new AgencyRegistered(CODE, "Police"))
                .expectResultMessagePayload(AgencyRegistration.REGISTERED);

        assertThat(registries.isRegistered(POLICE)).isTrue();
    }

    @Test
    void registerAgency_withANewName_publishesAgencyRenamed() {
        fixture.given(new AgencyRegistered(CODE, "Police"))
                .when(new RegisterAgency(POLICE, "Constabulary"))
                .expectEvents(new AgencyRenamed(CODE, "Constabulary"))
                .expectResultMessagePayload(AgencyRegistration.RENAMED);
    }

    @Test
    void registerAgency_withTheSameName_publishesNothing() {
        fixture.given(new AgencyRegistered(CODE, "Police"))
                .when(new RegisterAgency(POLICE, "Police"))
                .expectNoEvents()
                .expectResultMessagePayload(AgencyRegistration.UNCHANGED);
    }

    @Test
    void registerAgency_withTheNameItWasRenamedTo_publishesNothing() {
        fixture.given(new AgencyRegistered(CODE, "Police"), new AgencyRenamed(CODE, "Constabulary"))
                .when(new RegisterAgency(POLICE, "Constabulary"))
                .expectNoEvents()
                .expectResultMessagePayload(AgencyRegistration.UNCHANGED);
    }
}
