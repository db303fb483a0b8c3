package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.wharf.engine.runtime.RuntimeContractTest;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared runtime contract on Kubernetes, against the fabric8 mock API server: the app is
 * applied, the test plays the cluster's controllers and kubelet, and the runtime sees the pods
 * through its informer. Each test has its own system (namespace) on one cluster.
 */
class KubernetesRuntimeContractIT extends RuntimeContractTest<KubernetesRuntime> {
    private static final Pattern EXIT_WITH_VARIABLE = Pattern.compile("exit \\$(\\w+)$");
    private static MockCluster cluster;

    @BeforeAll
    static void startTheCluster() {
        cluster = MockCluster.start();
    }

    @AfterAll
    static void stopTheCluster() {
        cluster.close();
    }

    @AfterEach
    void deleteTheApp() {
        runtime.delete(key);
    }

    @Override
    protected KubernetesRuntime createRuntime() {
        return new KubernetesRuntimeProvider().create(Map.of("name", "contract", "kubeconfig", cluster.kubeconfig()));
    }

    @Override
    protected String httpImage() {
        return "localhost/wharf/hello:1";
    }

    @Override
    protected RuntimeInstance bringUp(App app) {
        runtime.apply(app);
        cluster.syncControllers();
        return await().atMost(Duration.ofSeconds(10)).until(() -> runtime.list().stream()
                .filter(i -> i.app().equals(app.key()) && i.running()).findFirst(), Optional::isPresent).get();
    }

    /** The kubelet runs {@code /bin/sh -c '... exit $VAR'}: it exits with VAR from the pod's environment. */
    @Override
    protected void whenItsProcessExits(RuntimeInstance instance) {
        Container container = cluster.pod(instance.id()).orElseThrow().getSpec().getContainers().get(0);
        List<String> args = container.getArgs();
        assertThat(args).startsWith("/bin/sh", "-c");
        Matcher exit = EXIT_WITH_VARIABLE.matcher(args.get(args.size() - 1));
        assertThat(exit.find()).as("the script ends with exit $VARIABLE: %s", args).isTrue();
        String code = container.getEnv().stream().filter(e -> e.getName().equals(exit.group(1)))
                .map(EnvVar::getValue).findFirst().orElseThrow();
        cluster.terminate(instance.id(), Integer.parseInt(code));
    }
}
