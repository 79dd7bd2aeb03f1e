package org.safeguarding.tracker.projections.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class AgencyList {

    private final JdbcTemplate jdbc;

    public AgencyList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AgencyListItem> all() {
        return jdbc.query("select code, name from agency_view order by code", AgencyList::item);
    }

    public Optional<AgencyListItem> find(String code) {
        return jdbc.query("select code, name from agency_view where code = ?", AgencyList::item, code)
                .stream().findFirst();
    }

    private static AgencyListItem item(ResultSet row, int i) throws SQLException {
        return new AgencyListItem(row.getString("code"), row.getString("name"));
    }
}
