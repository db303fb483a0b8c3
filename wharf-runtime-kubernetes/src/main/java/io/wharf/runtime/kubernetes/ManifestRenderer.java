package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.App;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The YAML Wharf applies for an app, one document per object in apply order. The one difference:
 * a Secret's values are never shown; each key maps to an empty value.
 */
public final class ManifestRenderer {
    public static final String MEDIA_TYPE = "application/yaml";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final SecretValues HIDDEN = (app, name, version) -> "";

    private final AppObjects objects;

    public ManifestRenderer(KubernetesSettings settings) {
        this.objects = new AppObjects(Objects.requireNonNull(settings, "settings"), HIDDEN);
    }

    public String render(App app) {
        return render(objects.of(app));
    }

    static String render(List<HasMetadata> objects) {
        StringBuilder yaml = new StringBuilder();
        for (HasMetadata object : objects) {
            String document = SERIALIZATION.asYaml(withoutSecretValues(object));
            yaml.append(document.startsWith("---") ? "" : "---\n").append(document);
            if (!document.endsWith("\n")) {
                yaml.append('\n');
            }
        }
        return yaml.toString();
    }

    private static HasMetadata withoutSecretValues(HasMetadata object) {
        if (!(object instanceof Secret secret) || secret.getData() == null) {
            return object;
        }
        TreeMap<String, String> hidden = new TreeMap<>();
        secret.getData().keySet().forEach(key -> hidden.put(key, ""));
        return new SecretBuilder(secret).withData(hidden).build();
    }
}
