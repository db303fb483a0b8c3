package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.App;
import io.wharf.model.ConfigFile;
import io.wharf.model.SecretMount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One immutable ConfigMap per config file and one immutable Secret per secret version. The clear
 * value of a secret is read from {@link SecretValues} only here and goes nowhere but the Secret.
 */
final class FileObjects {
    private FileObjects() {
    }

    static List<ConfigMap> configMaps(App app) {
        List<ConfigMap> maps = new ArrayList<>();
        for (ConfigFile config : app.template().configs()) {
            maps.add(new ConfigMapBuilder()
                    .withNewMetadata().withName(ObjectNames.configMap(app, config)).withNamespace(app.system())
                    .withLabels(ObjectLabels.app(app)).endMetadata()
                    .withImmutable(true)
                    .withData(Map.of(FileVolumes.KEY, config.content()))
                    .build());
        }
        return maps;
    }

    static List<Secret> secrets(App app, SecretValues values) {
        List<Secret> secrets = new ArrayList<>();
        for (SecretMount secret : app.template().secrets()) {
            String value = values.value(app.key(), secret.name(), secret.version());
            secrets.add(new SecretBuilder()
                    .withNewMetadata().withName(ObjectNames.secret(app, secret)).withNamespace(app.system())
                    .withLabels(ObjectLabels.app(app)).endMetadata()
                    .withType("Opaque")
                    .withImmutable(true)
                    .withData(Map.of(FileVolumes.KEY,
                            Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))))
                    .build());
        }
        return secrets;
    }
}
