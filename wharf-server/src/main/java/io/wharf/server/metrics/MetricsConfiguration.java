package io.wharf.server.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wharf.dns.DnsServer;
import io.wharf.engine.Engine;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.SupportsStats;
import io.wharf.gateway.Gateway;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Metrics: the Prometheus registry behind /metrics, the per-app sampler and the API timing interceptor. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry prometheusRegistry(DnsServer dns) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DnsSeries.bind(registry, dns.queries());
        ReconcileSeries.bind(registry);
        return registry;
    }

    @Bean
    AppDirectory metricsAppDirectory() {
        return new AppDirectory();
    }

    @Bean
    Readings metricsReadings(MetricsProperties properties) {
        return new Readings(properties.capacity());
    }

    @Bean(destroyMethod = "close")
    SamplingSchedule metricsSampling(PrometheusMeterRegistry registry, AppDirectory directory, Engine engine,
                                     InstanceRuntime runtime, Gateway gateway, Readings readings,
                                     MetricsProperties properties, Clock clock) {
        registry.getPrometheusRegistry().register(new MetricsCollector(directory, gateway, readings));
        Optional<SupportsStats> stats = runtime instanceof SupportsStats s ? Optional.of(s) : Optional.empty();
        return new SamplingSchedule(new MetricsSampler(directory, engine, stats, gateway, readings, clock),
                properties.interval());
    }

    @Bean
    WebMvcConfigurer apiTiming(PrometheusMeterRegistry registry) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry interceptors) {
                interceptors.addInterceptor(new ApiTimingInterceptor(registry));
            }
        };
    }
}
