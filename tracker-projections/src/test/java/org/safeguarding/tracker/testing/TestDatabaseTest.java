package org.safeguarding.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void replacesTheDatabaseOfAServerUrl() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432/x?sslmode=disable", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1?sslmode=disable");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432", "t1"))
                .isEqualTo("jdbc:postgresql://db:5432/t1");
    }

    @Test
    void onAGivenServerEachRunGetsADatabaseOfItsOwn() throws Exception {
        assertThat(TestDatabase.get()).isSameAs(TestDatabase.get());
        try (Connection connection = TestDatabase.get().connect();
             ResultSet row = connection.createStatement().executeQuery("select current_database()")) {
            row.next();
            if (System.getenv("TRACKER_TEST_DB_URL") != null) {
                assertThat(row.getString(1)).startsWith("tracker_test_");
            } else {
                assertThat(row.getString(1)).isNotBlank();
            }
        }
    }
}
