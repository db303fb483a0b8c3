package io.wharf.server.secrets;

import io.wharf.engine.runtime.SecretValues;
import io.wharf.server.config.WharfHome;
import io.wharf.server.config.WharfProperties;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secret key, the vault on the database, and the engine's way to read secret values. */
@Configuration(proxyBeanMethods = false)
public class SecretsConfiguration {
    @Bean
    SecretVault secretVault(WharfProperties properties, WharfHome home, JdbcClient jdbc) {
        Path configured = properties.secretKeyFile();
        byte[] key = configured == null ? SecretKeyFile.readOrCreate(home.dir().resolve("secret.key"))
                : SecretKeyFile.read(configured);
        return new SecretVault(new SecretCipher(key), new SecretRows(jdbc));
    }

    @Bean
    SecretValues secretValues(SecretVault vault) {
        return new StoredSecretValues(vault);
    }
}
