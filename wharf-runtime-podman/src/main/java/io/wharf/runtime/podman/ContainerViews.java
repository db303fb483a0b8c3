package io.wharf.runtime.podman;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.NetworkSettings;
import com.github.dockerjava.api.model.Ports;
import io.wharf.engine.runtime.Labels;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.RuntimeInstance.State;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what the Docker API reports about a container to a {@link RuntimeInstance}; pure functions.
 * The address is only given while the container runs: an exited container's port answers nothing.
 */
final class ContainerViews {
    private static final Pattern EXITED_STATUS = Pattern.compile("^Exited \\((-?\\d+)\\)");
    /** Go's zero time, which the API reports for "never". */
    private static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");

    private ContainerViews() {
    }

    static Optional<RuntimeInstance> fromInspect(InspectContainerResponse c) {
        Map<String, String> labels = c.getConfig() == null ? null : c.getConfig().getLabels();
        return InstanceRef.fromLabels(labels).map(ref -> {
            InspectContainerResponse.ContainerState s = c.getState();
            State state = state(s == null ? null : s.getStatus());
            Integer port = state == State.RUNNING ? publishedPort(c.getNetworkSettings()) : null;
            Integer exitCode = state == State.EXITED && s != null && s.getExitCodeLong() != null
                    ? Math.toIntExact(s.getExitCodeLong()) : null;
            int restarts = c.getRestartCount() == null ? 0 : c.getRestartCount();
            return new RuntimeInstance(ref.id(), ref.app(), ref.revision(), state, port == null ? null : ContainerPlan.LOOPBACK,
                    port, time(s == null ? null : s.getStartedAt()), restarts, exitCode, labels.get(Labels.TEMPLATE));
        });
    }

    /**
     * From one row of a container list, which has neither the start time nor the restart count:
     * the creation time stands in for the start (Wharf starts each container right after creating
     * it and never restarts one, having no restart policy), and restarts are 0 for the same reason.
     */
    static Optional<RuntimeInstance> fromList(Container c) {
        return InstanceRef.fromLabels(c.getLabels()).map(ref -> {
            State state = state(c.getState());
            Integer port = state == State.RUNNING ? publishedPort(c.getPorts()) : null;
            Integer exitCode = state == State.EXITED ? exitCodeOf(c.getStatus()) : null;
            Instant started = c.getCreated() == null || state == State.CREATED ? null : Instant.ofEpochSecond(c.getCreated());
            return new RuntimeInstance(ref.id(), ref.app(), ref.revision(), state, port == null ? null : ContainerPlan.LOOPBACK,
                    port, started, 0, exitCode, c.getLabels().get(Labels.TEMPLATE));
        });
    }

    /** Docker's and Podman's state names: alive is RUNNING, never started is CREATED, the rest EXITED. */
    static State state(String status) {
        if (status == null) {
            return State.EXITED;
        }
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "running", "paused", "restarting", "stopping" -> State.RUNNING;
            case "created", "configured", "initialized" -> State.CREATED;
            default -> State.EXITED;
        };
    }

    /** An RFC 3339 time, or null for Go's zero time, absent or unreadable values. */
    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant t = Instant.parse(value);
            return t.equals(NEVER) ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The exit code in a list row's status such as {@code Exited (7) 3 seconds ago}. */
    static Integer exitCodeOf(String status) {
        Matcher m = status == null ? null : EXITED_STATUS.matcher(status);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer publishedPort(NetworkSettings network) {
        Ports ports = network == null ? null : network.getPorts();
        if (ports == null || ports.getBindings() == null) {
            return null;
        }
        return ports.getBindings().values().stream().filter(Objects::nonNull).flatMap(Arrays::stream)
                .map(b -> parsePort(b.getHostPortSpec())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Integer publishedPort(ContainerPort[] ports) {
        return ports == null ? null : Arrays.stream(ports).map(ContainerPort::getPublicPort)
                .filter(p -> p != null && p > 0).findFirst().orElse(null);
    }

    private static Integer parsePort(String spec) {
        try {
            int port = spec == null ? 0 : Integer.parseInt(spec.trim());
            return port > 0 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
