package io.wharf.engine.placement;

/**
 * What the engine sees of one app on one Kubernetes cluster: its share, whether the cluster can be
 * reached, the last failure to apply there (null: none), and its instances that run ({@code live})
 * and that run the current template and are ready ({@code ready}).
 */
public record ClusterView(String name, int share, boolean connected, String failure, int live, int ready) {
    boolean complete() {
        return connected && failure == null && live == share && ready == share;
    }
}
