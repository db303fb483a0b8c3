package io.wharf.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wharf.server.audit.AuditFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiTimingInterceptorTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ApiTimingInterceptor interceptor = new ApiTimingInterceptor(registry);

    private void call(MockHttpServletRequest request) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        interceptor.preHandle(request, response, new Object());
        interceptor.afterCompletion(request, response, new Object(), null);
    }

    @Test
    void aCallTheRoleTableNamedIsTimedUnderItsOperationAndOthersAreNot() {
        MockHttpServletRequest named = new MockHttpServletRequest("GET", "/api/v1/systems/demo");
        named.setAttribute(AuditFilter.OPERATION, "GET /api/v1/systems/{system}");
        named.addHeader("Upgrade", "h2c");
        call(named);
        MockHttpServletRequest socket = new MockHttpServletRequest("GET", "/api/v1/systems/demo/apps/web/instances/i/exec");
        socket.setAttribute(AuditFilter.OPERATION, "GET /api/v1/systems/{system}/apps/{app}/instances/{instance}/exec");
        socket.addHeader("Upgrade", "websocket");
        call(socket);
        MockHttpServletRequest follow = new MockHttpServletRequest("GET", "/api/v1/systems/demo/apps/web/logs");
        follow.setAttribute(AuditFilter.OPERATION, "GET /api/v1/systems/{system}/apps/{app}/logs");
        follow.setParameter("follow", "true");
        call(follow);
        call(new MockHttpServletRequest("GET", "/nowhere"));

        assertThat(PrometheusText.parse(registry.scrape(MetricsController.TEXT_FORMAT)))
                .filteredOn(s -> s.name().equals("wharf_api_request_duration_seconds_count"))
                .singleElement().satisfies(s -> {
                    assertThat(s.labels()).containsExactly(java.util.Map.entry("operation", "GET /api/v1/systems/{system}"));
                    assertThat(s.value()).isEqualTo(1);
                });
    }
}
