package io.wharf.server.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance of the app requests more CPU or memory than a cluster it is placed on has allocatable
 * on all its nodes together, so the cluster's scheduler can never place it there.
 */
final class CapacityRule implements Rule {
    @Override
    public List<Finding> apply(Facts facts) {
        List<ClusterRoom> placed = facts.clusters().stream().filter(c -> c.share() > 0).toList();
        List<ClusterRoom> tooSmall = placed.stream().filter(c -> c.cpuShort() || c.memoryShort()).toList();
        if (tooSmall.isEmpty()) {
            return List.of();
        }
        List<String> wanted = new ArrayList<>();
        if (tooSmall.stream().anyMatch(ClusterRoom::cpuShort)) {
            wanted.add(Texts.cpu(tooSmall.get(0).cpuRequestMillis()) + " CPU");
        }
        if (tooSmall.stream().anyMatch(ClusterRoom::memoryShort)) {
            wanted.add(Texts.memory(tooSmall.get(0).memoryRequestBytes()) + " memory");
        }
        boolean nowhere = tooSmall.size() == placed.size();
        String message = (nowhere ? "no cluster has" : "cluster " + tooSmall.get(0).cluster() + " has no") + " capacity for "
                + String.join(" and ", wanted) + (nowhere ? "" : " (its " + Texts.count(tooSmall.get(0).share(), "instance",
                "instances") + " cannot start)");
        List<String> evidence = tooSmall.stream().map(CapacityRule::describe).toList();
        return List.of(new Finding(Reason.NoCapacity, message, evidence,
                "lower resources.cpu or resources.memory, add nodes to the cluster, or place the app on a cluster with"
                        + " more room"));
    }

    private static String describe(ClusterRoom room) {
        return "cluster " + room.cluster() + ": " + (room.cpuMillis() == null ? "?" : Texts.cpu(room.cpuMillis())) + " CPU and "
                + (room.memoryBytes() == null ? "?" : Texts.memory(room.memoryBytes())) + " memory allocatable on "
                + Texts.count(room.nodes() == null ? 0 : room.nodes(), "node", "nodes") + " together; each instance requests "
                + Texts.cpu(room.cpuRequestMillis()) + " CPU and " + Texts.memory(room.memoryRequestBytes()) + " memory";
    }
}
