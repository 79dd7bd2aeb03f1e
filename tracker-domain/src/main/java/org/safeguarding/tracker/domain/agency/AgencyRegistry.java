package org.safeguarding.tracker.domain.agency;

/**
 * The set of registered agency codes, written in the registering command's transaction so that other
 * aggregates can check that a code names an agency.
 */
public interface AgencyRegistry {

    void register(String code);

    boolean isRegistered(String code);
}
