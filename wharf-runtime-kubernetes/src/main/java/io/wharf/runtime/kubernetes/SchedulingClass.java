package io.wharf.runtime.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the pods of one app type are scheduled on a cluster. Requests are {@code requestPercent} of the
 * app's limits: 100 gives Guaranteed QoS, less gives Burstable; an app without limits is BestEffort.
 * {@code gpus} is the {@code nvidia.com/gpu} limit of each pod when the app's resources name no GPU count.
 *
 * The priority class is one of Wharf's own ({@link #PRIORITY_CLASSES}): a name chosen per cluster
 * could be a class of the cluster's system workloads and let an app preempt them.
 *
 * @param spreadTopologyKeys node labels the pods are spread over, one skew-1 constraint each
 * @param preferredNodeLabels node labels the pods prefer (the colocation pool)
 * @param requiredNodeLabels node labels the pods must run on (the GPU pool)
 */
public record SchedulingClass(String priorityClassName, int requestPercent, List<String> spreadTopologyKeys,
                              List<Toleration> tolerations, Map<String, String> preferredNodeLabels,
                              Map<String, String> requiredNodeLabels, int gpus) {
    public static final String POOL = "wharf.io/pool";
    public static final String HOSTNAME = "kubernetes.io/hostname";
    public static final String ZONE = "topology.kubernetes.io/zone";
    public static final Set<String> PRIORITY_CLASSES = Set.of("wharf-online", "wharf-offline", "wharf-batch");

    public SchedulingClass {
        Objects.requireNonNull(priorityClassName, "priorityClassName");
        if (!PRIORITY_CLASSES.contains(priorityClassName)) {
            throw new IllegalArgumentException("priorityClassName must be one of Wharf's classes "
                    + new TreeSet<>(PRIORITY_CLASSES) + ", not " + priorityClassName);
        }
        if (requestPercent < 1 || requestPercent > 100) {
            throw new IllegalArgumentException("requestPercent must be between 1 and 100: " + requestPercent);
        }
        if (gpus < 0) {
            throw new IllegalArgumentException("gpus must not be negative: " + gpus);
        }
        spreadTopologyKeys = List.copyOf(spreadTopologyKeys);
        tolerations = List.copyOf(tolerations);
        preferredNodeLabels = Map.copyOf(preferredNodeLabels);
        requiredNodeLabels = Map.copyOf(requiredNodeLabels);
    }

    public static SchedulingClass online() {
        return new SchedulingClass("wharf-online", 100, List.of(HOSTNAME, ZONE), List.of(), Map.of(), Map.of(), 0);
    }

    /** Low priority, preemptible work that fills the machines online work leaves idle. */
    public static SchedulingClass colocated(String priorityClassName) {
        return new SchedulingClass(priorityClassName, 50, List.of(), List.of(Toleration.COLOCATION),
                Map.of(POOL, "colocation"), Map.of(), 0);
    }

    public static SchedulingClass gpu() {
        return new SchedulingClass("wharf-online", 100, List.of(), List.of(), Map.of(), Map.of(POOL, "gpu"), 1);
    }

    public boolean guaranteed() {
        return requestPercent == 100;
    }
}
