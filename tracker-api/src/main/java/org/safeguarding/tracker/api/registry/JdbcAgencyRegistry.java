package org.safeguarding.tracker.api.registry;

import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.safeguarding.tracker.domain.code.AgencyCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcAgencyRegistry implements AgencyRegistry {

    private final JdbcTemplate jdbc;

    public JdbcAgencyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(AgencyCode code) {
        jdbc.update("insert into agency_registry (code) values (?) on conflict do nothing", code.value());
    }

    @Override
    public boolean isRegistered(AgencyCode code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from agency_registry where code = ?)", Boolean.class, code.value()));
    }
}
