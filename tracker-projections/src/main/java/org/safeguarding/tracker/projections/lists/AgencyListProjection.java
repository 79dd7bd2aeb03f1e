package org.safeguarding.tracker.projections.lists;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.tracker.domain.agency.AgencyRegistered;
import org.safeguarding.tracker.domain.agency.AgencyRenamed;
import org.safeguarding.tracker.projections.ProcessingGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ProcessingGroups.LISTS)
public class AgencyListProjection {

    private static final String UPSERT = """
            insert into agency_view (code, name) values (?, ?)
            on conflict (code) do update set name = excluded.name""";

    private final JdbcTemplate jdbc;

    public AgencyListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyRegistered event) {
        jdbc.update(UPSERT, event.code(), event.name());
    }

    @EventHandler
    void on(AgencyRenamed event) {
        jdbc.update(UPSERT, event.code(), event.name());
    }
}
