package io.wharf.server.secrets;

import io.wharf.engine.runtime.SecretValues;
import io.wharf.server.config.WharfHome;
import io.wharf.server.config.WharfProperties;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret key, the vault on the database, and the engine's way to read secret values. The cipher
 * also seals cluster kubeconfigs ({@code io.wharf.server.clusters}).
 */
@Configuration(proxyBeanMethods = false)
public class SecretsConfiguration {
    @Bean
    SecretCipher secretCipher(WharfProperties properties, WharfHome home) {
        Path configured = properties.secretKeyFile();
        byte[] key = configured == null ? SecretKeyFile.readOrCreate(home.dir().resolve("secret.key"))
                : SecretKeyFile.read(configured);
        return new SecretCipher(key);
    }

    @Bean
    SecretVault secretVault(SecretCipher cipher, JdbcClient jdbc) {
        return new SecretVault(cipher, new SecretRows(jdbc));
    }

    @Bean
    SecretValues secretValues(SecretVault vault) {
        return new StoredSecretValues(vault);
    }
}
