package org.safeguarding.tracker.api.health;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: whether PostgreSQL answers. In place of Spring Boot's own {@code db}
 * component (switched off in application.yml), so that it shares {@link DatabaseReachability} with the others.
 */
@Component("db")
public class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;
    private final DatabaseReachability reachability;

    public DatabaseHealthIndicator(JdbcTemplate jdbc, DatabaseReachability reachability) {
        super("the database does not answer");
        this.jdbc = jdbc;
        this.reachability = reachability;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        reachability.read(() -> jdbc.queryForObject("select 1", Integer.class));
        health.up().withDetail("database", "PostgreSQL");
    }
}
