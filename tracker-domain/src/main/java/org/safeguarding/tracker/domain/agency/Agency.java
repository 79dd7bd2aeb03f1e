package org.safeguarding.tracker.domain.agency;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organisation that must act on recommendations, keyed by a stable code so spellings do not split counts. */
public class Agency {

    @AggregateIdentifier
    private String code;
    private String name;

    protected Agency() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AgencyRegistration handle(RegisterAgency command, AgencyRegistry registry) {
        if (code == null) {
            registry.register(command.code());
            apply(new AgencyRegistered(command.code().value(), command.name()));
            return AgencyRegistration.REGISTERED;
        }
        if (name.equals(command.name())) {
            return AgencyRegistration.UNCHANGED;
        }
        apply(new AgencyRenamed(code, command.name()));
        return AgencyRegistration.RENAMED;
    }

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        code = event.code();
        name = event.name();
    }

    @EventSourcingHandler
    void on(AgencyRenamed event) {
        name = event.name();
    }
}
