package io.wharf.runtime.podman;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.wharf.engine.runtime.RuntimeEvent;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a Docker API event into a {@link RuntimeEvent}, for the containers Wharf manages only.
 * Podman 4.3 sends, for one container: create, init, start, (kill), die, cleanup, remove; and puts
 * the container's labels in the actor's attributes. Docker says destroy where Podman says remove.
 */
final class EventMapper {
    private final String installation;
    private final Function<String, Optional<InstanceRef>> resolver;

    /**
     * @param installation only containers with this installation label count; null: any
     * @param resolver     finds whose a container is (by container id) when an event carries no labels
     */
    EventMapper(String installation, Function<String, Optional<InstanceRef>> resolver) {
        this.installation = installation;
        this.resolver = resolver;
    }

    Optional<Mapped> map(Event event) {
        if (event.getType() != null && event.getType() != EventType.CONTAINER) {
            return Optional.empty();
        }
        RuntimeEvent.Type type = type(event.getAction() != null ? event.getAction() : event.getStatus());
        String containerId = containerId(event);
        if (type == null || containerId == null) {
            return Optional.empty();
        }
        Map<String, String> attributes = event.getActor() == null ? null : event.getActor().getAttributes();
        Optional<InstanceRef> ref = InstanceRef.fromLabels(attributes);
        if (ref.isPresent()) {
            if (installation != null && !installation.equals(attributes.get(PodmanLabels.INSTALLATION))) {
                return Optional.empty();
            }
        } else {
            ref = resolver.apply(containerId);
        }
        return ref.map(r -> new Mapped(containerId, r, new RuntimeEvent(type, r.id(), r.app())));
    }

    static RuntimeEvent.Type type(String action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case "start" -> RuntimeEvent.Type.STARTED;
            case "die" -> RuntimeEvent.Type.DIED;
            case "remove", "destroy" -> RuntimeEvent.Type.REMOVED;
            default -> null;
        };
    }

    private static String containerId(Event event) {
        if (event.getActor() != null && event.getActor().getId() != null) {
            return event.getActor().getId();
        }
        return event.getId();
    }

    /** An event for the engine, with the container it happened to. */
    record Mapped(String containerId, InstanceRef ref, RuntimeEvent event) {
    }
}
