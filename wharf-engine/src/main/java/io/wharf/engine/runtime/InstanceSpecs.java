package io.wharf.engine.runtime;

import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import java.util.HashMap;
import java.util.Map;

/** Builds the desired spec of one instance from an app: a pure function, no runtime involved. */
public final class InstanceSpecs {
    private InstanceSpecs() {
    }

    public static InstanceSpec desired(App app, String instanceId) {
        AppTemplate t = app.template();
        return new InstanceSpec(instanceId, app.key(), app.revision(), t.image(), t.command(), env(app, instanceId),
                t.port(), t.resources().cpuMillis(), t.resources().memoryBytes(), t.type().cpuShares(),
                labels(app, instanceId));
    }

    static Map<String, String> labels(App app, String instanceId) {
        return Map.of(
                Labels.SYSTEM, app.system(),
                Labels.APP, app.name(),
                Labels.INSTANCE, instanceId,
                Labels.REVISION, Long.toString(app.revision()));
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
