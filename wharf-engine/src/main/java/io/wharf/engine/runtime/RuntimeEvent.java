package io.wharf.engine.runtime;

import io.wharf.model.AppKey;
import java.util.Objects;

/** A change a runtime saw happen to an instance; the engine inspects the instance for details. */
public record RuntimeEvent(Type type, String instanceId, AppKey app) {
    public enum Type {
        STARTED, DIED, REMOVED,
        /** The event stream was interrupted and resumed: events may have been missed. */
        RESYNC
    }

    public RuntimeEvent {
        Objects.requireNonNull(type, "type");
        if (type != Type.RESYNC) {
            Objects.requireNonNull(instanceId, "instanceId");
            Objects.requireNonNull(app, "app");
        }
    }

    public static RuntimeEvent resync() {
        return new RuntimeEvent(Type.RESYNC, null, null);
    }
}
