package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeEvent.Type;
import io.wharf.engine.runtime.RuntimeInstance;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the informer's pod changes into runtime events for every listener: STARTED when an app's
 * pod comes to run (again, after a restart), DIED when its container ends or restarts or its image
 * cannot be pulled (a new reason each time), REMOVED
 * when the pod is gone. Pods without the app labels are not Wharf's and are ignored.
 */
final class PodEvents implements ResourceEventHandler<Pod> {
    private static final Logger LOG = LoggerFactory.getLogger(PodEvents.class);
    private final List<Consumer<RuntimeEvent>> listeners = new CopyOnWriteArrayList<>();

    AutoCloseable subscribe(Consumer<RuntimeEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void onAdd(Pod pod) {
        PodInstances.of(pod).ifPresent(now -> {
            if (now.running()) {
                emit(Type.STARTED, now);
            } else if (now.state() == RuntimeInstance.State.EXITED || PodInstances.pullFailure(pod).isPresent()) {
                emit(Type.DIED, now);
            }
        });
    }

    @Override
    public void onUpdate(Pod oldPod, Pod newPod) {
        Optional<RuntimeInstance> before = PodInstances.of(oldPod);
        PodInstances.of(newPod).ifPresent(now -> {
            boolean restarted = before.isPresent() && now.restarts() > before.get().restarts();
            boolean exited = now.state() == RuntimeInstance.State.EXITED
                    && before.map(b -> b.state() != RuntimeInstance.State.EXITED).orElse(true);
            // a pod whose image cannot be pulled will not start: DIED, so that the engine looks at it
            boolean pullFailed = PodInstances.pullFailure(newPod).filter(r -> !r.equals(
                    PodInstances.pullFailure(oldPod).orElse(null))).isPresent();
            if (restarted || exited || pullFailed) {
                emit(Type.DIED, now);
            }
            if (now.running() && (restarted || before.map(b -> !b.running()).orElse(true))) {
                emit(Type.STARTED, now);
            }
        });
    }

    @Override
    public void onDelete(Pod pod, boolean finalStateUnknown) {
        PodInstances.of(pod).ifPresent(gone -> emit(Type.REMOVED, gone));
    }

    void resync() {
        listeners.forEach(listener -> deliver(listener, RuntimeEvent.resync()));
    }

    private void emit(Type type, RuntimeInstance instance) {
        RuntimeEvent event = new RuntimeEvent(type, instance.id(), instance.app());
        listeners.forEach(listener -> deliver(listener, event));
    }

    private static void deliver(Consumer<RuntimeEvent> listener, RuntimeEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("a runtime event listener failed on {}", event, e);
        }
    }
}
