package org.safeguarding.tracker.api.config;

import java.util.List;

import com.fasterxml.jackson.databind.Module;
import org.safeguarding.tracker.api.web.RequestStrings;
import org.safeguarding.tracker.api.web.views.ViewParametersResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    @Bean
    public Module requestStrings() {
        return RequestStrings.module();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewParametersResolver());
    }
}
