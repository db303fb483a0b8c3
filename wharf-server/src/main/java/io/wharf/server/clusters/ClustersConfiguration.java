package io.wharf.server.clusters;

import io.wharf.engine.runtime.SecretValues;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.secrets.SecretCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The clusters table and the seal of their kubeconfigs (the same key as secret values). */
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
    ClusterRuntimes clusterRuntimes(ClusterRows rows, KubeconfigSeal seal, SecretValues secrets,
                                    WharfProperties properties) {
        return new ClusterRuntimes(rows, seal, secrets, properties.domain());
    }
}
