package org.safeguarding.tracker.api.config;

import java.util.List;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.safeguarding.tracker.api.web.ProblemErrorReportValve;
import org.safeguarding.tracker.api.web.RequestDates;
import org.safeguarding.tracker.api.web.StrictUtf8JsonConverter;
import org.safeguarding.tracker.api.web.RequestStrings;
import org.safeguarding.tracker.api.web.views.ViewParametersResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

    @Bean
    public Module requestDates() {
        return RequestDates.module();
    }

    /** In place of Boot's JSON converter: the same, refusing a body that is not UTF-8. */
    @Bean
    public StrictUtf8JsonConverter jsonConverter(ObjectMapper json) {
        return new StrictUtf8JsonConverter(json);
    }

    /** Tomcat's own refusals (before any filter runs) answer problem documents too, not an HTML page. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewParametersResolver());
    }
}
