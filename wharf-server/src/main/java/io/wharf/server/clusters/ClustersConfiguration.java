package io.wharf.server.clusters;

import io.wharf.engine.runtime.SecretValues;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.dataplane.GatewayLoadBalancerListeners;
import io.wharf.server.registries.RegistryCredentials;
import io.wharf.server.registries.RegistrySecretValues;
import io.wharf.server.secrets.SecretCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clusters table, the seal of their kubeconfigs (the same key as secret values), their runtimes and
 * their load balancers on the gateway's TCP ports.
 */
@Configuration(proxyBeanMethods = false)
class ClustersConfiguration {
    @Bean
    ClusterRows clusterRows(JdbcClient jdbc, JsonMapper json) {
        return new ClusterRows(jdbc, json);
    }

    @Bean
    KubeconfigSeal kubeconfigSeal(SecretCipher cipher) {
        return new KubeconfigSeal(cipher);
    }

    @Bean(destroyMethod = "close")
    LoadBalancers loadBalancers(WharfProperties properties, TcpGateway tcpGateway) {
        return new LoadBalancers(properties.bind(), new GatewayLoadBalancerListeners(tcpGateway));
    }

    @Bean(destroyMethod = "close")
    ClusterRuntimes clusterRuntimes(ClusterRows rows, KubeconfigSeal seal, SecretValues secrets,
                                    RegistryCredentials registries, WharfProperties properties,
                                    LoadBalancers loadBalancers) {
        // clusters' kubelets pull with the same registry credentials as the local Podman runtime
        return new ClusterRuntimes(rows, seal, new RegistrySecretValues(secrets, registries), properties.domain(),
                loadBalancers);
    }
}
