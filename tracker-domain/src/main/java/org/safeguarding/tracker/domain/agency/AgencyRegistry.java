package org.safeguarding.tracker.domain.agency;

import org.safeguarding.tracker.domain.code.AgencyCode;

/**
 * The set of registered agency codes, written in the registering command's transaction so that other
 * aggregates can check that a code names an agency.
 */
public interface AgencyRegistry {

    void register(AgencyCode code);

    boolean isRegistered(AgencyCode code);
}
