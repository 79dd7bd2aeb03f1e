package org.safeguarding.tracker.api.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code TRACKER_DB_URL}, a real PostgreSQL shipped as a Maven artifact runs
 * inside the service, its data kept in a folder with fsync on, so a newcomer's data survives restarts.
 */
@Configuration
@ConditionalOnExpression("'${tracker.db.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${tracker.embedded.data-dir}") Path dataDir)
            throws IOException {
        Path folder = Files.createDirectories(dataDir).toAbsolutePath();
        log.info("No TRACKER_DB_URL: starting the embedded PostgreSQL with its data in {}", folder);
        return EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }
}
