package io.wharf.engine.placement;

import java.util.List;

/** The clusters registered now, other than the local one; the list changes as clusters come and go. */
public interface ClusterDirectory {
    ClusterDirectory NONE = List::of;

    List<Cluster> clusters();
}
