package io.wharf.testkit.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes cluster for tests: the fabric8 mock API server in CRUD mode, taught server-side
 * apply (see {@link ApplyingCrudDispatcher}), behind a {@link TcpForwarder} so that it can be cut
 * off and reached again at the same URL. It has no controllers and no kubelets of its own: a test
 * plays them with {@link #syncControllers()} and {@link #terminate(String, int)}.
 *
 * <p>Code under test reaches the cluster through {@link #kubeconfig()} (via the forwarder); the
 * test itself uses {@link #client()}, which talks to the mock server directly and is never cut off.
 */
public final class MockCluster implements AutoCloseable {
    private final ApplyingCrudDispatcher dispatcher = new ApplyingCrudDispatcher();
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final TcpForwarder forwarder;
    private final ClusterControllers controllers;

    private MockCluster() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        forwarder = new TcpForwarder(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()));
        forwarder.start();
        controllers = new ClusterControllers(client);
    }

    public static MockCluster start() {
        return new MockCluster();
    }

    /** A client of the mock server itself, for the test: it keeps working while the cluster is disconnected. */
    public KubernetesClient client() {
        return client;
    }

    /** Where code under test finds the cluster: {@code http://127.0.0.1:<port>}, the same across disconnects. */
    public String url() {
        return "http://127.0.0.1:" + forwarder.port();
    }

    /** A kubeconfig for {@link #url()} with a token the mock does not check. */
    public String kubeconfig() {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                users:
                - name: wharf
                  user:
                    token: mock-token
                contexts:
                - name: mock
                  context:
                    cluster: mock
                    user: wharf
                    namespace: default
                current-context: mock
                """.formatted(url());
    }

    /** Each Deployment's pods are made to match its replicas and template, running and ready; its status counts them. */
    public void syncControllers() {
        controllers.sync();
    }

    /** The kubelet's report that the pod's container exited with {@code exitCode}: the pod Failed and is not Ready. */
    public void terminate(String podName, int exitCode) {
        controllers.terminate(pod(podName).orElseThrow(() -> new IllegalArgumentException("no pod " + podName)),
                exitCode);
    }

    /**
     * The kubelet's report that one of the pod's containers (an init container too) exited with
     * {@code exitCode} and left {@code message} as its termination message; the pod's phase follows
     * from all its containers (Failed, Succeeded, Pending while init containers run, else Running).
     */
    public void terminateContainer(String podName, String container, int exitCode, String message) {
        client.resource(ContainerStates.terminated(existing(podName), container, exitCode, message)).updateStatus();
    }

    /** The kubelet's report that the pod's container waits, for example with reason {@code ErrImagePull}. */
    public void waitContainer(String podName, String container, String reason, String message) {
        client.resource(ContainerStates.waiting(existing(podName), container, reason, message)).updateStatus();
    }

    private Pod existing(String podName) {
        return pod(podName).orElseThrow(() -> new IllegalArgumentException("no pod " + podName));
    }

    /** The pod with this name, in whichever namespace. */
    public Optional<Pod> pod(String name) {
        return client.pods().inAnyNamespace().list().getItems().stream()
                .filter(p -> p.getMetadata().getName().equals(name)).findFirst();
    }

    /** What the pod printed, as its container's log: lines each ended by a newline. */
    public void setLog(String podName, String text) {
        dispatcher.setLog(podName, text);
    }

    /** What one of the pod's containers printed, as that container's log. */
    public void setLog(String podName, String container, String text) {
        dispatcher.setLog(podName, container, text);
    }

    /** Every request for a pod's log the API server received, as its path with the query. */
    public List<String> logRequests() {
        return dispatcher.logRequests();
    }

    /** Commands run in the pod's containers from now on end as {@code script} says (by default: exit 0, no output). */
    public void setExec(String podName, ExecScript script) {
        dispatcher.setExec(podName, script);
    }

    /** Every exec request the API server received, in order. */
    public List<PodExecRequest> execRequests() {
        return dispatcher.execRequests();
    }

    /** Every POST, PUT, PATCH and DELETE the API server received, as {@code METHOD path}. */
    public List<String> writes() {
        return dispatcher.writes();
    }

    public void forgetWrites() {
        dispatcher.forgetWrites();
    }

    /** The API becomes unreachable at {@link #url()}: connections are refused, open ones and their watches dropped. Objects stay. */
    public void disconnect() {
        forwarder.stop();
    }

    /** The API is reachable again at the same {@link #url()}, with every object it held. */
    public void reconnect() {
        forwarder.start();
    }

    public boolean connected() {
        return forwarder.listening();
    }

    @Override
    public void close() {
        forwarder.close();
        client.close();
        server.destroy();
    }
}
