package io.wharf.runtime.podman;

import io.wharf.engine.runtime.Labels;
import io.wharf.model.AppKey;
import java.util.Map;
import java.util.Optional;

/** Whose a container is, read from its labels: the instance, its app and its revision. */
record InstanceRef(String id, AppKey app, long revision) {
    /** The instance a container's labels name, if they name one (system, app and instance). */
    static Optional<InstanceRef> fromLabels(Map<String, String> labels) {
        if (labels == null) {
            return Optional.empty();
        }
        String system = labels.get(Labels.SYSTEM);
        String app = labels.get(Labels.APP);
        String instance = labels.get(Labels.INSTANCE);
        if (system == null || app == null || instance == null) {
            return Optional.empty();
        }
        return Optional.of(new InstanceRef(instance, new AppKey(system, app), revision(labels.get(Labels.REVISION))));
    }

    private static long revision(String label) {
        try {
            return label == null ? 0 : Long.parseLong(label);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
