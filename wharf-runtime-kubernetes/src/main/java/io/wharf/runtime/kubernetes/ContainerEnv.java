package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.wharf.model.App;
import io.wharf.model.SecretMount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment of an app's container, sorted by name: the app's own variables, the ones every
 * Wharf instance gets, and secrets delivered as variables, which refer to their Secret by name.
 */
final class ContainerEnv {
    private ContainerEnv() {
    }

    static List<EnvVar> of(App app) {
        Map<String, String> plain = new TreeMap<>(app.template().env());
        plain.put("WHARF_SYSTEM", app.system());
        plain.put("WHARF_APP", app.name());
        plain.put("WHARF_REVISION", Long.toString(app.revision()));
        if (app.template().port() != null) {
            plain.put("PORT", Integer.toString(app.template().port()));
        }
        List<EnvVar> env = new ArrayList<>();
        plain.forEach((name, value) -> env.add(new EnvVar(name, value, null)));
        env.add(new EnvVarBuilder().withName("WHARF_INSTANCE")
                .withNewValueFrom().withNewFieldRef().withFieldPath("metadata.name").endFieldRef().endValueFrom()
                .build());
        for (SecretMount secret : app.template().secrets()) {
            if (!secret.asFile()) {
                env.add(new EnvVarBuilder().withName(secret.env()).withNewValueFrom().withNewSecretKeyRef()
                        .withName(ObjectNames.secret(app, secret)).withKey(FileVolumes.KEY).endSecretKeyRef()
                        .endValueFrom().build());
            }
        }
        env.sort(Comparator.comparing(EnvVar::getName));
        return env;
    }
}
