package io.wharf.server.clusters;

import io.wharf.engine.EngineException;
import io.wharf.engine.placement.Cluster;
import io.wharf.engine.placement.ClusterDirectory;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.runtime.kubernetes.KubernetesRuntimeProvider;
import io.wharf.runtime.kubernetes.SchedulingClasses;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A runtime for every registered cluster (and its load balancer, if it has one), opened from its sealed
 * kubeconfig at start and when the cluster is registered, closed when it is deleted. The engine follows the list as it changes.
 */
public final class ClusterRuntimes implements ClusterDirectory, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterRuntimes.class);
    private final KubeconfigSeal seal;
    private final SecretValues secrets;
    private final String domain;
    private final KubernetesRuntimeProvider provider = new KubernetesRuntimeProvider();
    private final Map<String, Cluster> open = new ConcurrentHashMap<>();
    private final LoadBalancers loadBalancers;

    /** @param domain the zone apps' host names are in, as on the local cluster */
    ClusterRuntimes(ClusterRows rows, KubeconfigSeal seal, SecretValues secrets, String domain,
                    LoadBalancers loadBalancers) {
        this.seal = seal;
        this.secrets = secrets;
        this.domain = domain;
        this.loadBalancers = loadBalancers;
        rows.list().forEach(this::open);
    }

    @Override
    public List<Cluster> clusters() {
        return List.copyOf(open.values());
    }

    void open(ClusterRows.Row row) {
        try {
            String kubeconfig = seal.open(row.name(), row.kubeconfig());
            Cluster cluster = new Cluster(row.name(), row.labels(),
                    provider.create(Map.of("name", row.name(), "kubeconfig", kubeconfig, "domain", domain), secrets,
                            SchedulingClasses.defaults().overriddenBy(row.scheduling())));
            close(open.put(row.name(), cluster));
            loadBalancers.open(row, kubeconfig);
        } catch (AEADBadTagException e) {
            LOG.error("cluster {}: the stored kubeconfig cannot be opened with this server's secret key; its apps"
                    + " are not reconciled", row.name());
        } catch (EngineException e) {
            LOG.error("cluster {}: {}", row.name(), e.getMessage());
        }
    }

    void close(String name) {
        loadBalancers.close(name);
        close(open.remove(name));
    }

    private static void close(Cluster cluster) {
        if (cluster != null) {
            cluster.runtime().close();
        }
    }

    @Override
    public void close() {
        loadBalancers.close();
        open.values().forEach(ClusterRuntimes::close);
        open.clear();
    }
}
