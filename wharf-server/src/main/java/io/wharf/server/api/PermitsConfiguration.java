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
        // a quarter each: one token (a browser with many console tabs) cannot take every place
        return new Permits(api.maxConcurrentLogReaders(), Math.max(1, api.maxConcurrentLogReaders() / 4),
                "log reads (wharf.api.max-concurrent-log-readers)", 1);
    }
}
