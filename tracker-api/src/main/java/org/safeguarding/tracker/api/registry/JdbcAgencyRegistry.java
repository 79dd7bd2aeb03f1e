package org.safeguarding.tracker.api.registry;

import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcAgencyRegistry extends JdbcRegistry implements AgencyRegistry {

    public JdbcAgencyRegistry(JdbcTemplate jdbc) {
        super(jdbc);
    }

    @Override
    public void register(String code) {
        claim("insert into agency_registry (code) values (?)", code);
    }

    @Override
    public boolean isRegistered(String code) {
        return exists("agency_registry", "code", code);
    }
}
