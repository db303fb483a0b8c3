package io.wharf.server.clusters;

import java.util.List;

/** Which apps are placed on a cluster; a cluster with apps on it cannot be deleted. */
public interface ClusterUsage {
    /** The apps placed on the cluster, as SYSTEM/APP; empty when none. */
    List<String> appsOn(String cluster);
}
