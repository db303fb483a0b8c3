package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Following a pod's log through the mock API server. The mock answers a follow request with the whole
 * log at once and keeps no times per line, so this checks the request and the line handling; the
 * lines' times are checked in {@link #aTimestampedLineGivesItsTimeAndText}.
 */
class PodLogFollowIT {
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
    void aFollowedLogGivesEachLineOfThePodsAppContainerAndEndsWithIt() throws Exception {
        String pod = onePod();
        cluster.setLog(pod, "one\ntwo\n");
        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> ends = new CopyOnWriteArrayList<>();

        try (AutoCloseable follow = runtime.follow(pod, null, 50, new LogSink() {
            @Override
            public void line(LogLine line) {
                lines.add(line.text());
            }

            @Override
            public void ended(String error) {
                ends.add(String.valueOf(error));
            }
        }).orElseThrow()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> ends.size() == 1);
        }

        assertThat(lines).containsExactly("one", "two");
        assertThat(ends).containsExactly("null");
        assertThat(cluster.logRequests()).singleElement().satisfies(request -> assertThat(request)
                .startsWith("/api/v1/namespaces/shop/pods/" + pod + "/log?")
                .contains("container=app", "follow=true", "timestamps=true", "tailLines=50"));
    }

    @Test
    void anInstanceThatIsNotThereCannotBeFollowed() {
        onePod();

        assertThat(runtime.follow("web-nope", null, 10, null)).isEmpty();
    }

    @Test
    void aTimestampedLineGivesItsTimeAndText() {
        Instant before = Instant.parse("2026-12-07T04:00:00Z");

        assertThat(PodLogFollow.parse("2026-12-07T04:23:47.123456789Z hello world\r", before))
                .isEqualTo(new LogLine(Instant.parse("2026-12-07T04:23:47.123456789Z"), "hello world"));
        assertThat(PodLogFollow.parse("no time", before)).isEqualTo(new LogLine(before, "no time"));
    }
}
