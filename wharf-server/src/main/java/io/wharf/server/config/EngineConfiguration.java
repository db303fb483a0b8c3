package io.wharf.server.config;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.engine.placement.ClusterDirectory;
import io.wharf.engine.placement.MultiClusterEngine;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.engine.runtime.RuntimeProvider;
import io.wharf.engine.store.Store;
import io.wharf.server.registries.RegistryCredentials;
import io.wharf.server.registries.RegistrySecretValues;
import io.wharf.server.registry.RegistryProperties;
import io.wharf.server.store.JdbcStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the store, the runtime and the engine. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Store store(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        return new JdbcStore(jdbc, json, new TransactionTemplate(transactions));
    }

    @Bean(destroyMethod = "close")
    InstanceRuntime runtime(WharfProperties properties, InstallationId installation, RegistryProperties registry,
                            @Value("${wharf.insecure-registries:}") String insecureRegistries) {
        Map<String, String> settings = new HashMap<>();
        settings.put("insecureRegistries", insecureRegistries);
        if (registry.embedded()) {
            settings.put("ownRegistry", registry.address());
        }
        settings.put("home", properties.home().toString());
        settings.put("installation", installation.value());
        if (properties.podmanSocket() != null && !properties.podmanSocket().isBlank()) {
            settings.put("socket", properties.podmanSocket());
        }
        Runtime runtime = ServiceLoader.load(RuntimeProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.kind().equals("podman"))
                .findFirst()
                .orElseThrow(() -> new EngineException("no podman runtime on the class path"))
                .create(settings);
        if (runtime instanceof InstanceRuntime instances) {
            return instances;
        }
        runtime.close();
        throw new EngineException("the podman runtime " + runtime.getClass().getName() + " does not start instances itself");
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    Engine engine(Store store, InstanceRuntime runtime, ClusterDirectory clusters, WharfProperties properties,
                  NodeProperties node, Clock clock, ObjectProvider<EndpointListener> listeners,
                  ObjectProvider<SecretValues> secrets, RegistryCredentials registries) {
        SecretValues values = new RegistrySecretValues(secrets.getIfAvailable(() -> SecretValues.NONE), registries);
        Engine engine = new MultiClusterEngine(store, runtime, clusters, settings(properties.engine()).withNode(node.capacity()),
                clock, values);
        listeners.orderedStream().forEach(engine::addEndpointListener); // before start(): hear every app
        return engine;
    }

    static EngineSettings settings(WharfProperties.Engine engine) {
        EngineSettings d = EngineSettings.DEFAULTS;
        return new EngineSettings(
                engine.parallelism() == null ? d.parallelism() : engine.parallelism(),
                engine.stopGrace() == null ? d.stopGrace() : engine.stopGrace(),
                engine.progressDeadline() == null ? d.progressDeadline() : engine.progressDeadline(),
                d.unreadyProbeInterval());
    }
}
