package io.wharf.engine.placement;

/**
 * What the engine sees of one app on one Kubernetes cluster: its share, whether the cluster can be
 * reached, the last failure to apply there (null: none), and its instances that run ({@code live})
 * and that run the current template and are ready ({@code ready}). {@code pullFailure} is why an
 * instance of the current template cannot pull its image (null: none), which fails the change at once.
 */
public record ClusterView(String name, int share, boolean connected, String failure, int live, int ready,
                          String pullFailure) {
    public ClusterView(String name, int share, boolean connected, String failure, int live, int ready) {
        this(name, share, connected, failure, live, ready, null);
    }

    boolean complete() {
        return connected && failure == null && pullFailure == null && live == share && ready == share;
    }
}
