package org.safeguarding.tracker.api.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.tracker.api.web.views.ViewController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Times each answer of a view ({@code /api/v1/views/*}), by view: from the handler's start, so a
 * {@code ?minPosition} wait counts, to the last byte written. The tag is the view's mapped path, never the
 * request's, so an unknown path cannot add a series.
 */
class ViewTimer implements HandlerInterceptor {

    static final String NAME = "tracker.views";
    private static final String STARTED = ViewTimer.class.getName() + ".started";
    private static final String PREFIX = "/api/v1/views/";

    private final MeterRegistry registry;

    ViewTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isView(handler)) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (request.getAttribute(STARTED) instanceof Long started
                && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                && pattern.startsWith(PREFIX)) {
            Latency.timer(NAME, "Answers of the views, by view").tag("view", pattern.substring(PREFIX.length()))
                    .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static boolean isView(Object handler) {
        return handler instanceof HandlerMethod method && method.getBeanType() == ViewController.class;
    }
}
