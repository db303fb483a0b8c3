package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.Heard;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.model.App;
import io.wharf.testkit.kubernetes.ExecScript;
import io.wharf.testkit.kubernetes.MockCluster;
import io.wharf.testkit.kubernetes.PodExecRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runtime opens a terminal in the app container of the instance's pod, found in its view of the cluster. */
class KubernetesTerminalIT {
    private final MockCluster cluster = MockCluster.start();
    private final KubernetesRuntime runtime = new KubernetesRuntimeProvider().create(
            Map.of("name", "idc-1", "kubeconfig", cluster.kubeconfig()), TestApps.SECRETS);
    private final App web = TestApps.web();

    @AfterEach
    void stop() {
        runtime.close();
        cluster.close();
    }

    private String onePod() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> runtime.list().stream().filter(i -> i.app().equals(web.key()) && i.running()).toList(),
                instances -> instances.size() == 1).get(0).id();
    }

    @Test
    void aTerminalAsksTheApiServerForInputAndATtyInTheAppContainerAndTellsHowTheCommandEnded() throws Exception {
        String pod = onePod();
        cluster.setExec(pod, ExecScript.exits(3, "bye\r\n", ""));
        Heard heard = new Heard();

        runtime.terminal(pod, new TerminalRequest(List.of("sh"), true, true, null), heard).orElseThrow();

        assertThat(heard.exit.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(heard.output()).isEqualTo("bye\r\n");
        assertThat(cluster.execRequests()).containsExactly(new PodExecRequest("shop", pod, "app", List.of("sh"), true, true));
    }

    @Test
    void anInstanceThatIsNotThereOpensNothing() {
        onePod();

        assertThat(runtime.terminal("web-nope", new TerminalRequest(List.of("sh"), true, true, null), new Heard())).isEmpty();
        assertThat(cluster.execRequests()).isEmpty();
    }
}
