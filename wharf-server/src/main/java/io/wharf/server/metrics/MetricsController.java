package io.wharf.server.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics}: every series in the Prometheus text format (version 0.0.4). */
@RestController
public class MetricsController {
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(value = "/metrics", produces = TEXT_FORMAT)
    public String scrape() {
        return registry.scrape(TEXT_FORMAT);
    }
}
