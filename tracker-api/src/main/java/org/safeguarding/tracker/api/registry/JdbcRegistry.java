package org.safeguarding.tracker.api.registry;

import org.springframework.jdbc.core.JdbcTemplate;

/** What each registry does with its table: claim a key its unique constraints guard, and look one up. */
abstract class JdbcRegistry {

    protected final JdbcTemplate jdbc;

    protected JdbcRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the row unless a unique key of it is taken; true when this call inserted it. {@code on conflict
     * do nothing} waits for a concurrent claim of the same key to commit or roll back.
     */
    protected boolean claim(String insert, Object... values) {
        return jdbc.update(insert + " on conflict do nothing", values) == 1;
    }

    protected boolean exists(String table, String column, Object key) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from " + table + " where " + column + " = ?)", Boolean.class, key));
    }
}
