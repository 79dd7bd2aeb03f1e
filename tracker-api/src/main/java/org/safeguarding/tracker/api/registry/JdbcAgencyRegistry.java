package org.safeguarding.tracker.api.registry;

import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcAgencyRegistry extends JdbcRegistry implements AgencyRegistry {

    public JdbcAgencyRegistry(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public void register(AgencyCode code) {
        claim("insert into agency_registry (code) values (?)", code.value());
    }

    @Override
    public boolean isRegistered(AgencyCode code) {
        return exists("agency_registry", "code", code.value());
    }
}
