package io.wharf.server.clusters;

import io.wharf.model.AppType;
import io.wharf.model.Errors;
import io.wharf.model.LabelSyntax;
import io.wharf.model.Names;
import io.wharf.runtime.kubernetes.lb.PortRange;
import io.wharf.runtime.kubernetes.ClassOverride;
import io.wharf.server.api.ApiException;
import io.wharf.server.config.WharfProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The cluster registry: the built-in Podman cluster {@value #LOCAL}, which cannot be created, changed
 * or deleted, and the Kubernetes clusters registered with their kubeconfigs.
 */
@Service
public class ClusterService {
    public static final String LOCAL = "local";
    static final String KUBERNETES = "kubernetes";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterService.class);
    private static final ClusterResponse LOCAL_CLUSTER = new ClusterResponse(LOCAL, "podman", Map.of(), null, Map.of(),
            new ClusterHealth(true, null, null, null, "the built-in Podman runtime on this machine"));
    private final ClusterRows rows;
    private final KubeconfigSeal seal;
    private final ClusterHealthProber prober;
    private final ClusterUsage usage;
    private final Clock clock;
    private final ClusterRuntimes runtimes;
    private final Set<Integer> ownPorts;

    public ClusterService(ClusterRows rows, KubeconfigSeal seal, ClusterHealthProber prober, ClusterUsage usage,
                          Clock clock, ClusterRuntimes runtimes, WharfProperties properties) {
        this.ownPorts = properties.ownPorts();
        this.runtimes = runtimes;
        this.rows = rows;
        this.seal = seal;
        this.prober = prober;
        this.usage = usage;
        this.clock = clock;
    }

    public ClusterResponse create(ClusterRequest request) {
        if (LOCAL.equals(request.name())) {
            throw ApiException.conflict("the cluster local is the built-in Podman cluster: it cannot be created,"
                    + " changed or deleted; choose another name");
        }
        Errors errors = new Errors();
        Names.check(errors, "name", request.name());
        if (!KUBERNETES.equals(request.kind())) {
            errors.add("kind", request.kind() == null ? "is required: kubernetes"
                    : "'" + request.kind() + "' is not a kind of cluster that can be registered: use kubernetes");
        }
        KubeconfigCheck.problem(request.kubeconfig(), request.allowsInsecure()).ifPresent(message -> errors.add("kubeconfig", message));
        LabelSyntax.check(errors, "labels", request.labels());
        PortRange loadBalancerPorts = LoadBalancerPorts.parse(request.loadBalancer(), ownPorts, errors);
        Map<AppType, ClassOverride> scheduling = SchedulingOverrides.parse(request.scheduling(), errors);
        errors.throwIfAny();
        if (rows.find(request.name()).isPresent()) {
            throw ApiException.conflict("cluster " + request.name() + " exists already; delete it first to replace it");
        }
        Map<String, String> labels = request.labels() == null ? Map.of() : request.labels();
        ClusterRows.Row row = new ClusterRows.Row(request.name(), KUBERNETES, labels,
                seal.seal(request.name(), request.kubeconfig()), clock.instant(), loadBalancerPorts, scheduling);
        rows.insert(row);
        runtimes.open(row);
        LOG.info("cluster {} registered with labels {} and {}", request.name(), labels,
                loadBalancerPorts == null ? "no load balancer" : "load balancer ports " + loadBalancerPorts);
        return get(request.name());
    }

    public List<ClusterResponse> list() {
        List<ClusterRows.Row> registered = rows.list();
        List<ClusterHealth> healths = prober.probeAll(registered.stream().map(this::probe).toList());
        List<ClusterResponse> clusters = new ArrayList<>(List.of(LOCAL_CLUSTER));
        for (int i = 0; i < registered.size(); i++) {
            clusters.add(response(registered.get(i), healths.get(i)));
        }
        return clusters;
    }

    public ClusterResponse get(String name) {
        if (LOCAL.equals(name)) {
            return LOCAL_CLUSTER;
        }
        ClusterRows.Row row = rows.find(name).orElseThrow(() -> ApiException.notFound("cluster " + name));
        return response(row, prober.probeAll(List.of(probe(row))).get(0));
    }

    public void delete(String name) {
        if (LOCAL.equals(name)) {
            throw ApiException.conflict("the cluster local is the built-in Podman cluster: it cannot be deleted");
        }
        List<String> apps = usage.appsOn(name);
        if (!apps.isEmpty()) {
            throw ApiException.conflict("cluster " + name + " still runs apps: " + String.join(", ", apps)
                    + "; place them elsewhere first");
        }
        if (!rows.delete(name)) {
            throw ApiException.notFound("cluster " + name);
        }
        runtimes.close(name);
        LOG.info("cluster {} deleted", name);
    }

    private Supplier<ClusterHealth> probe(ClusterRows.Row row) {
        return () -> {
            String kubeconfig;
            try {
                kubeconfig = seal.open(row.name(), row.kubeconfig());
            } catch (AEADBadTagException e) {
                return ClusterHealth.unreachable("the stored kubeconfig cannot be opened with this server's secret key");
            }
            return KubernetesProbe.probe(kubeconfig, ClusterHealthProber.CLIENT_TIMEOUT);
        };
    }

    private static ClusterResponse response(ClusterRows.Row row, ClusterHealth health) {
        PortRange lb = row.loadBalancerPorts();
        return new ClusterResponse(row.name(), row.kind(), new TreeMap<>(row.labels()),
                lb == null ? null : new ClusterResponse.LoadBalancer(lb.toString()),
                SchedulingOverrides.wire(row.scheduling()), health);
    }
}
