package org.safeguarding.tracker.projections.views;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers one views projection per generation, each in the processing group of its own processor. */
@Configuration
@EnableScheduling
public class ViewsConfiguration {

    @Bean
    public ConfigurerModule viewGenerationProjections(JdbcTemplate jdbc) {
        return configurer -> {
            for (ViewGeneration generation : ViewGeneration.values()) {
                ViewsProjection projection = new ViewsProjection(jdbc, generation);
                configurer.eventProcessing()
                        .registerEventHandler(c -> projection)
                        .assignHandlerInstancesMatching(generation.processorName(), handler -> handler == projection);
            }
        };
    }
}
