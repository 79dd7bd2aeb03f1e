package org.safeguarding.tracker.domain.agency;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AgencyRegistered(String code, String name) {
}
