package io.wharf.server.api;

import io.wharf.server.config.ApiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caps on commands run through exec and on log reads at once (wharf.api.max-concurrent-*). */
@Configuration(proxyBeanMethods = false)
public class PermitsConfiguration {
    @Bean
    Permits execPermits(ApiProperties api) {
        return new Permits(api.maxConcurrentExec(), "commands running through exec (wharf.api.max-concurrent-exec)", 5);
    }

    @Bean
    Permits logPermits(ApiProperties api) {
        return new Permits(api.maxConcurrentLogReaders(), "log reads (wharf.api.max-concurrent-log-readers)", 1);
    }
}
