package io.wharf.runtime.kubernetes.lb;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load balancer of one cluster: follows Services of type LoadBalancer and their Endpoints in every
 * namespace through informers, serves each TCP service port on a gateway port of the cluster's range
 * and writes {@code status.loadBalancer.ingress}. Each change reconciles only its Service, on one
 * thread. A failed watch is retried for as long as the controller is open.
 */
public final class LoadBalancerController implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadBalancerController.class);
    private final String cluster;
    private final KubernetesClient client;
    private final boolean ownsClient;
    private final ExecutorService thread;
    private final LoadBalancerReconciler reconciler;
    private final SharedIndexInformer<Service> services;
    private final SharedIndexInformer<Endpoints> endpoints;

    /** A controller on a client the caller keeps and closes. */
    public LoadBalancerController(String cluster, KubernetesClient client, PortRange range, String address,
                                  LoadBalancerListeners listeners) {
        this(cluster, client, range, address, listeners, false);
    }

    private LoadBalancerController(String cluster, KubernetesClient client, PortRange range, String address,
                                   LoadBalancerListeners listeners, boolean ownsClient) {
        this.cluster = cluster;
        this.client = client;
        this.ownsClient = ownsClient;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wharf-lb-" + cluster);
            t.setDaemon(true);
            return t;
        });
        this.reconciler = new LoadBalancerReconciler(cluster, address, range, listeners, this::writeStatus);
        this.services = client.services().inAnyNamespace().runnableInformer(0);
        this.endpoints = client.endpoints().inAnyNamespace().runnableInformer(0);
        start(services);
        start(endpoints);
    }

    /** A controller that closes {@code client} when it is closed. */
    public static LoadBalancerController owning(String cluster, KubernetesClient client, PortRange range,
                                                String address, LoadBalancerListeners listeners) {
        return new LoadBalancerController(cluster, client, range, address, listeners, true);
    }

    private <T extends HasMetadata> void start(SharedIndexInformer<T> informer) {
        informer.addEventHandler(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T object) {
                changed(object);
            }

            @Override
            public void onUpdate(T before, T object) {
                changed(object);
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                changed(object);
            }
        });
        informer.exceptionHandler((isStarted, t) -> {
            LOG.debug("cluster {}: a load balancer informer failed; it retries", cluster, t);
            return true;
        });
        informer.start();
    }

    private void changed(HasMetadata object) {
        ServiceKey key = ServiceKey.of(object);
        thread.execute(() -> reconcile(key));
    }

    /** Ports given back may let a Service that did not fit have its turn. */
    private void reconcile(ServiceKey key) {
        int before = reconciler.allocated();
        try {
            String byKey = key.namespace() + "/" + key.name();
            reconciler.reconcile(key, services.getStore().getByKey(byKey), endpoints.getStore().getByKey(byKey));
        } catch (RuntimeException e) {
            LOG.warn("cluster {}: the load balancer of Service {} failed: {}", cluster, key, e.toString());
        }
        if (reconciler.allocated() < before) {
            reconciler.waiting().forEach(waiting -> thread.execute(() -> reconcile(waiting)));
        }
    }

    private void writeStatus(Service service, LoadBalancerStatus status) {
        Service updated = new ServiceBuilder(service).editOrNewStatus().withLoadBalancer(status).endStatus().build();
        try {
            client.services().inNamespace(service.getMetadata().getNamespace()).resource(updated).updateStatus();
        } catch (KubernetesClientException e) {
            LOG.debug("cluster {}: the status of Service {} was not written; the next change writes it",
                    cluster, ServiceKey.of(service), e);
        }
    }

    /** Stops following the cluster and closes its listeners; the Services' statuses stay for the next start. */
    @Override
    public void close() {
        services.close();
        endpoints.close();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reconciler.closeAll();
        if (ownsClient) {
            client.close();
        }
    }
}
