package io.wharf.engine;

import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import java.util.List;

/** Keeps every app's instances in line with its desired state in the store. */
public interface Engine extends AutoCloseable {
    /** Adopts what already runs, removes what belongs to no app, and starts reconciling. */
    void start();

    /** The desired state of this app changed (created, updated or deleted): reconcile it soon. */
    void appChanged(AppKey app);

    /** The app's instances as the engine sees them now, oldest first. */
    List<Instance> instances(AppKey app);

    @Override
    void close();
}
