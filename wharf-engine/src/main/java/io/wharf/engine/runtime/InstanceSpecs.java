package io.wharf.engine.runtime;

import io.wharf.engine.colocation.WorkClass;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.ImageReference;
import io.wharf.model.SecretMount;
import io.wharf.model.TemplateFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the desired spec of one instance from an app: a pure function, no runtime involved. */
public final class InstanceSpecs {
    private InstanceSpecs() {
    }

    public static InstanceSpec desired(App app, String instanceId) {
        return desired(app, instanceId, SecretValues.NONE);
    }

    /** @param secrets where the clear values of the app's secrets are read */
    public static InstanceSpec desired(App app, String instanceId, SecretValues secrets) {
        AppTemplate t = app.template();
        Map<String, String> env = env(app, instanceId);
        List<InstanceFile> files = new ArrayList<>();
        for (ConfigFile config : t.configs()) {
            files.add(new InstanceFile(config.path(), config.content().getBytes(StandardCharsets.UTF_8), false));
        }
        for (SecretMount secret : t.secrets()) {
            String value = secrets.value(app.key(), secret.name(), secret.version());
            if (secret.asFile()) {
                files.add(new InstanceFile(secret.path(), value.getBytes(StandardCharsets.UTF_8), true));
            } else {
                env.put(secret.env(), value);
            }
        }
        return new InstanceSpec(instanceId, app.key(), app.revision(), t.image(), t.command(), env,
                t.port(), cpuLimit(app), t.resources().memoryBytes(), t.type().cpuShares(),
                labels(app, instanceId), files, t.capabilities(), pullAuth(app, secrets));
    }

    /**
     * Online work is held to the CPU it reserves. Offline and batch work is not: its {@code cpu} is what it
     * asks of placement, and it may use any CPU left idle, at its type's lower weight.
     */
    static long cpuLimit(App app) {
        return WorkClass.of(app.template().type()).yields() ? 0 : app.template().resources().cpuMillis();
    }

    /** The system's credentials for the image's registry; none for images only local storage has. */
    static RegistryAuth pullAuth(App app, SecretValues secrets) {
        if (!AppTemplate.isImageReference(app.template().image())) {
            return null;
        }
        ImageReference ref = ImageReference.parse(app.template().image());
        return ref.localOnly() ? null : secrets.registryAuth(app.system(), ref.registry()).orElse(null);
    }

    static Map<String, String> labels(App app, String instanceId) {
        return Map.of(
                Labels.SYSTEM, app.system(),
                Labels.APP, app.name(),
                Labels.INSTANCE, instanceId,
                Labels.REVISION, Long.toString(app.revision()),
                Labels.TEMPLATE, TemplateFingerprint.of(app.template()),
                Labels.CLASS, WorkClass.of(app.template().type()).name().toLowerCase(java.util.Locale.ROOT));
    }

    static Map<String, String> env(App app, String instanceId) {
        Map<String, String> env = new HashMap<>(app.template().env());
        env.put("WHARF_SYSTEM", app.system());
        env.put("WHARF_APP", app.name());
        env.put("WHARF_INSTANCE", instanceId);
        env.put("WHARF_REVISION", Long.toString(app.revision()));
        if (app.template().port() != null) {
            env.put("PORT", Integer.toString(app.template().port()));
        }
        return env;
    }
}
