package org.safeguarding.tracker.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The service's own meters ({@code tracker.*}, in Prometheus {@code tracker_*}); see docs/metrics.md. */
@Configuration
public class MetricsConfiguration implements WebMvcConfigurer {

    private final MeterRegistry registry;

    public MetricsConfiguration(MeterRegistry registry) {
        this.registry = registry;
    }

    @Bean
    public ConfigurerModule commandMetrics() {
        CommandMonitor monitor = new CommandMonitor(registry);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, configuration -> monitor);
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new ViewTimer(registry)).addPathPatterns("/api/v1/views/**");
    }
}
