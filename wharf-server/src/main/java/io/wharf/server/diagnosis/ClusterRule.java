package io.wharf.server.diagnosis;

import io.wharf.model.Instance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A cluster that runs a share of the app cannot be reached: its instances are unknown. */
final class ClusterRule implements Rule {
    @Override
    public List<Finding> apply(Facts facts) {
        Map<String, Long> unknown = facts.instances().stream().filter(i -> Instance.UNKNOWN.equals(i.state()))
                .collect(Collectors.groupingBy(Instance::cluster, TreeMap::new, Collectors.counting()));
        return unknown.entrySet().stream().limit(1).map(e -> new Finding(Reason.ClusterUnreachable,
                "cluster " + e.getKey() + " cannot be reached: " + Texts.count(e.getValue(), "instance is", "instances are")
                        + " unknown",
                unknown.entrySet().stream().map(c -> "cluster " + c.getKey() + ": " + Texts.count(c.getValue(),
                        "instance", "instances") + " in state unknown").toList(),
                "check the cluster's API server and the network to it (wharf cluster list shows its health); Wharf"
                        + " tries again every few seconds")).toList();
    }
}
