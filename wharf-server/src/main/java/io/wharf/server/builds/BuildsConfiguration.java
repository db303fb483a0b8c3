package io.wharf.server.builds;

import io.wharf.build.BuildQueue;
import io.wharf.build.Builder;
import io.wharf.build.PodmanCommands;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The builder and the queue its builds wait in; the queue stops with the server. */
@Configuration(proxyBeanMethods = false)
public class BuildsConfiguration {
    @Bean(destroyMethod = "close")
    BuildQueue buildQueue(BuildProperties properties) {
        return new BuildQueue(properties.concurrency(), properties.timeout());
    }

    @Bean
    Builder builder(BuildProperties properties, BuildLogs logs) {
        return new Builder(new PodmanCommands(properties.podman()), logs.workDirectory());
    }
}
