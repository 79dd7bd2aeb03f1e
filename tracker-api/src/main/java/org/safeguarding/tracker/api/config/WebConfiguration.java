package org.safeguarding.tracker.api.config;

import com.fasterxml.jackson.databind.Module;
import org.safeguarding.tracker.api.web.RequestStrings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WebConfiguration {

    @Bean
    public Module requestStrings() {
        return RequestStrings.module();
    }
}
