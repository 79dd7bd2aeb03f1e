package org.safeguarding.tracker.api.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is the date in {@code tracker.zone}; {@code @PastOrPresent} on request dates uses the same clock. */
@Configuration
public class ClockConfiguration {

    @Bean
    public Clock clock(@Value("${tracker.zone}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    public ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
