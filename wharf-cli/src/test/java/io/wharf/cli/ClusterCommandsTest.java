package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandsTest {
    private static final String CLUSTERS = "/api/v1/clusters";
    private static final String IDC_A = """
            {"name":"idc-a","kind":"kubernetes","labels":{"idc":"bj-1","zone":"a"},
             "health":{"reachable":true,"serverVersion":"v1.30.2","nodes":3,
                       "allocatable":{"cpu":"12","memory":"48Gi"},"message":null}}""";
    private final FakeServer server = new FakeServer();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addSendsTheKubeconfigFileAndLabelsAndNeverPrintsTheKubeconfig() throws Exception {
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, "apiVersion: v1\ntoken: tok-77\n");
        server.on("POST " + CLUSTERS, 201, IDC_A);

        Result result = Cli.against(server, "cluster", "add", "idc-a", "--kubeconfig", kubeconfig.toString(),
                "--label", "idc=bj-1", "--label", "zone=a");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("cluster/idc-a added\n").contains("v1.30.2");
        assertThat(result.out() + result.err()).doesNotContain("tok-77");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"name":"idc-a","kind":"kubernetes","kubeconfig":"apiVersion: v1\\ntoken: tok-77\\n",
                 "labels":{"idc":"bj-1","zone":"a"}}"""));
    }

    @Test
    void addAsksForALoadBalancerOnlyWithItsPorts() throws Exception {
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, "apiVersion: v1\n");
        server.on("POST " + CLUSTERS, 201, IDC_A);

        Result result = Cli.against(server, "cluster", "add", "idc-a", "--kubeconfig", kubeconfig.toString(),
                "--load-balancer-ports", "30000-30100");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body()).get("loadBalancer"))
                .isEqualTo(Json.read("{\"ports\":\"30000-30100\"}"));
    }

    @Test
    void addNeedsAKubeconfigFileThatExists() {
        Result noOption = Cli.against(server, "cluster", "add", "idc-a");
        Result missing = Cli.against(server, "cluster", "add", "idc-a", "--kubeconfig", dir.resolve("nope").toString());

        assertThat(noOption.code()).isEqualTo(2);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--kubeconfig");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void listShowsEachClustersHealthCapacityAndLabels() {
        server.on("GET " + CLUSTERS, 200, "[" + """
                {"name":"local","kind":"podman","labels":{},"health":{"reachable":true,"serverVersion":null,
                 "nodes":null,"allocatable":null,"message":"built in"}},""" + IDC_A + ",\n" + """
                {"name":"idc-b","kind":"kubernetes","labels":{},"health":{"reachable":false,"serverVersion":null,
                 "nodes":null,"allocatable":null,"message":"Connection refused"}}]""");

        assertThat(Cli.against(server, "cluster", "list").out()).isEqualTo("""
                NAME    KIND         REACHABLE   VERSION   NODES   CPU   MEMORY   LABELS            MESSAGE
                local   podman       yes         -         -       -     -        -                 built in
                idc-a   kubernetes   yes         v1.30.2   3       12    48Gi     idc=bj-1,zone=a   -
                idc-b   kubernetes   no          -         -       -     -        -                 Connection refused
                """);
    }

    @Test
    void getShowsOneClusterAndJsonOutputIsTheServersAnswer() {
        server.on("GET " + CLUSTERS + "/idc-a", 200, IDC_A);

        Result table = Cli.against(server, "cluster", "get", "idc-a");
        Result json = Cli.against(server, "cluster", "get", "idc-a", "-o", "json");

        assertThat(table.out()).contains("idc-a", "48Gi", "idc=bj-1,zone=a");
        assertThat(Json.read(json.out())).isEqualTo(Json.read(IDC_A));
    }

    @Test
    void deleteSaysWhatWasDeletedAndARefusalIsExitCodeOne() {
        server.on("DELETE " + CLUSTERS + "/idc-a", 204, "");
        server.on("DELETE " + CLUSTERS + "/local", 409, "application/problem+json", """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"the cluster local is the built-in Podman cluster: it cannot be deleted"}""");

        Result deleted = Cli.against(server, "cluster", "delete", "idc-a");
        Result refused = Cli.against(server, "cluster", "delete", "local");

        assertThat(deleted.out()).isEqualTo("cluster/idc-a deleted\n");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be deleted");
    }
}
