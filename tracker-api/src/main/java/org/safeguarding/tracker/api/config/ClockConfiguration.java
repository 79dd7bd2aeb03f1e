package org.safeguarding.tracker.api.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is the date in {@code tracker.zone}: the views' default date, and the clock Axon passes to the command
 * handlers for the domain's "never after today" rule.
 */
@Configuration
public class ClockConfiguration {

    @Bean
    public Clock clock(@Value("${tracker.zone}") ZoneId zone) {
        return Clock.system(zone);
    }
}
