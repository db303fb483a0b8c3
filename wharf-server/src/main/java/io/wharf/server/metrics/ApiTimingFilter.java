package io.wharf.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wharf.server.audit.AuditFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every API call that the role table named (its operation, a bounded set) as
 * {@code wharf_api_request_duration_seconds{operation}}; followed streams and upgrades are not timed.
 */
final class ApiTimingFilter extends OncePerRequestFilter {
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
        Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    ApiTimingFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Object operation = request.getAttribute(AuditFilter.OPERATION);
            if (operation != null && !"true".equals(request.getParameter("follow")) && request.getHeader("Upgrade") == null) {
                Timer.builder("wharf.api.request.duration").description("Time to answer an API call, by operation")
                        .tag("operation", operation.toString()).serviceLevelObjectives(BUCKETS).register(registry)
                        .record(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }
}
