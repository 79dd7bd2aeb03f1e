package org.safeguarding.tracker.domain.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers the agency under its stable code, or renames it when the code is already registered. */
public record RegisterAgency(@TargetAggregateIdentifier String code, String name) {
}
