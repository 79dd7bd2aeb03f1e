package org.safeguarding.tracker.domain.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.tracker.domain.code.AgencyCode;

/** Registers the agency under its stable code, or renames it when the code is already registered. */
public record RegisterAgency(@TargetAggregateIdentifier AgencyCode code, String name) {
}
