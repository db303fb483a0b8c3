package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import io.wharf.engine.runtime.RuntimeInstance.State;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mapping what Podman 4.3 actually returned (trimmed copies of its JSON). */
class ContainerViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String LABELS = """
            "Labels": {"io.buildah.version": "1.28.2", "wharf.io/app": "exp", "wharf.io/instance": "exp-1",
                       "wharf.io/revision": "4", "wharf.io/system": "expsys",
                       "wharf.io/template": "t0f1"}""";

    private static InspectContainerResponse inspected(String status, int exitCode, String finishedAt) throws Exception {
        return JSON.readValue("""
                {"Id": "aa64a0620aa4", "Name": "/wharf-expsys-exp-1", "RestartCount": 0,
                 "State": {"Status": "%s", "Running": %s, "ExitCode": %d,
                           "StartedAt": "2026-11-24T23:41:28.594697232Z", "FinishedAt": "%s"},
                 "Config": {"Hostname": "exp-1", %s},
                 "NetworkSettings": {"Ports": {"8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "35875"}]}}}
                """.formatted(status, status.equals("running"), exitCode, finishedAt, LABELS),
                InspectContainerResponse.class);
    }

    private static Container listed(String state, String status) throws Exception {
        return JSON.readValue("""
                {"Id": "aa64a0620aa4", "Names": ["/wharf-expsys-exp-1"], "Created": 1795563688,
                 "Ports": [{"IP": "127.0.0.1", "PrivatePort": 8080, "PublicPort": 35875, "Type": "tcp"}],
                 %s, "State": "%s", "Status": "%s"}
                """.formatted(LABELS, state, status), Container.class);
    }

    @Test
    void aRunningContainerIsRunningAtItsLoopbackPort() throws Exception {
        RuntimeInstance i = ContainerViews.fromInspect(inspected("running", 0, "0001-01-01T00:00:00Z")).orElseThrow();

        assertThat(i.id()).isEqualTo("exp-1");
        assertThat(i.app()).isEqualTo(new AppKey("expsys", "exp"));
        assertThat(i.revision()).isEqualTo(4);
        assertThat(i.state()).isEqualTo(State.RUNNING);
        assertThat(i.address()).isEqualTo("127.0.0.1:35875");
        assertThat(i.startedAt()).isEqualTo(Instant.parse("2026-11-24T23:41:28.594697232Z"));
        assertThat(i.exitCode()).isNull();
        assertThat(i.restarts()).isZero();
        assertThat(i.template()).isEqualTo("t0f1");
    }

    @Test
    void anExitedContainerHasItsExitCodeAndNoAddress() throws Exception {
        RuntimeInstance i = ContainerViews.fromInspect(inspected("exited", 137, "2026-11-24T23:41:49Z")).orElseThrow();

        assertThat(i.state()).isEqualTo(State.EXITED);
        assertThat(i.exitCode()).isEqualTo(137);
        assertThat(i.address()).isNull();
    }

    @Test
    void aListRowGivesStateAddressAndTheCreationTimeAsTheStart() throws Exception {
        RuntimeInstance i = ContainerViews.fromList(listed("running", "Up 3 seconds")).orElseThrow();
        assertThat(i.template()).isEqualTo("t0f1");

        assertThat(i.state()).isEqualTo(State.RUNNING);
        assertThat(i.address()).isEqualTo("127.0.0.1:35875");
        assertThat(i.startedAt()).isEqualTo(Instant.ofEpochSecond(1795563688));
        assertThat(i.revision()).isEqualTo(4);
    }

    @Test
    void anExitedListRowHasTheExitCodeFromItsStatus() throws Exception {
        RuntimeInstance i = ContainerViews.fromList(listed("exited", "Exited (7) Less than a second ago")).orElseThrow();

        assertThat(i.state()).isEqualTo(State.EXITED);
        assertThat(i.exitCode()).isEqualTo(7);
        assertThat(i.address()).isNull();
    }

    @Test
    void aContainerWithoutWharfLabelsIsNotAnInstance() throws Exception {
        Container c = JSON.readValue("{\"Id\": \"x\", \"Labels\": {\"wharf.io/system\": \"s\"}, \"State\": \"running\"}",
                Container.class);

        assertThat(ContainerViews.fromList(c)).isEmpty();
    }

    @Test
    void statesOfDockerAndPodmanMapToThreeStates() {
        assertThat(ContainerViews.state("running")).isEqualTo(State.RUNNING);
        assertThat(ContainerViews.state("created")).isEqualTo(State.CREATED);
        assertThat(ContainerViews.state("configured")).isEqualTo(State.CREATED);
        assertThat(ContainerViews.state("exited")).isEqualTo(State.EXITED);
        assertThat(ContainerViews.state("stopped")).isEqualTo(State.EXITED);
        assertThat(ContainerViews.state("dead")).isEqualTo(State.EXITED);
    }

    @Test
    void goZeroTimeMeansNever() {
        assertThat(ContainerViews.time("0001-01-01T00:00:00Z")).isNull();
        assertThat(ContainerViews.time("")).isNull();
        assertThat(ContainerViews.time("2026-11-24T23:41:28Z")).isEqualTo(Instant.parse("2026-11-24T23:41:28Z"));
    }
}
