package io.wharf.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wharf.server.audit.AuditFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Times every API call that the role table named (its operation, a bounded set) as
 * {@code wharf_api_request_duration_seconds{operation}}, from routing to completion; followed streams
 * and WebSocket sessions are not timed (an {@code Upgrade: h2c} offer, as java.net.http sends, is timed).
 */
final class ApiTimingInterceptor implements HandlerInterceptor {
    private static final String STARTED = ApiTimingInterceptor.class.getName() + ".started";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
        Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    ApiTimingInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(STARTED, System.nanoTime());
        return true;
    }

    /** The role table's operation, else the route template that matched: both a bounded set. */
    private static Object operation(HttpServletRequest request) {
        Object operation = request.getAttribute(AuditFilter.OPERATION);
        if (operation != null) {
            return operation;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? null : request.getMethod() + " " + pattern;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object operation = operation(request);
        if (operation != null && request.getAttribute(STARTED) instanceof Long started
                && !"true".equals(request.getParameter("follow")) && !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            Timer.builder("wharf.api.request.duration").description("Time to answer an API call, by operation")
                    .tag("operation", operation.toString()).serviceLevelObjectives(BUCKETS).register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
