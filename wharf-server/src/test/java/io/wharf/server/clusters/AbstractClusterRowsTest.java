package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.store.StoreConflictException;
import io.wharf.runtime.kubernetes.lb.PortRange;
import io.wharf.server.secrets.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import io.wharf.model.AppType;
import io.wharf.runtime.kubernetes.ClassOverride;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The clusters table (V6, V8), run against each database Wharf supports. */
abstract class AbstractClusterRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String KUBECONFIG = "apiVersion: v1\nusers: [{name: u, user: {token: tok-3f9a1c}}]\n";
    private final KubeconfigSeal seal = new KubeconfigSeal(new SecretCipher(KEY));
    private JdbcClient jdbc;
    private ClusterRows rows;

    protected abstract DataSource dataSource();

    /** Flyway's settings for this database (for example its own schema). */
    protected Flyway flyway() {
        return Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load();
    }

    @BeforeEach
    void migrateAnEmptyDatabase() {
        flyway().clean();
        flyway().migrate();
        jdbc = JdbcClient.create(dataSource());
        rows = new ClusterRows(jdbc, JsonMapper.builder().build());
    }

    private ClusterRows.Row row(String name, Map<String, String> labels) {
        return new ClusterRows.Row(name, "kubernetes", labels, seal.seal(name, KUBECONFIG), T0, null);
    }

    @Test
    void aClusterIsReadBackWithItsLabelsTimeAndAKubeconfigThatOpens() throws AEADBadTagException {
        rows.insert(row("idc-a", Map.of("idc", "bj-1", "wharf.io/pool", "online")));

        ClusterRows.Row read = rows.find("idc-a").orElseThrow();

        assertThat(read.name()).isEqualTo("idc-a");
        assertThat(read.kind()).isEqualTo("kubernetes");
        assertThat(read.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("idc", "bj-1", "wharf.io/pool", "online"));
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(seal.open("idc-a", read.kubeconfig())).isEqualTo(KUBECONFIG);
    }

    @Test
    void aLoadBalancerPortRangeIsReadBackAndAClusterWithoutOneHasNone() {
        rows.insert(new ClusterRows.Row("idc-a", "kubernetes", Map.of(), seal.seal("idc-a", KUBECONFIG), T0,
                new PortRange(30000, 30100)));
        rows.insert(row("idc-b", Map.of()));

        assertThat(rows.find("idc-a").orElseThrow().loadBalancerPorts()).isEqualTo(new PortRange(30000, 30100));
        assertThat(rows.find("idc-b").orElseThrow().loadBalancerPorts()).isNull();
    }

    @Test
    void schedulingOverridesAreReadBackByAppType() {
        Map<AppType, ClassOverride> overrides = Map.of(AppType.OFFLINE,
                new ClassOverride("wharf-batch", 30, null, Map.of("wharf.io/pool", "mixed")));
        rows.insert(new ClusterRows.Row("idc-a", "kubernetes", Map.of(), seal.seal("idc-a", KUBECONFIG), T0, null,
                overrides));
        rows.insert(row("idc-b", Map.of()));

        assertThat(rows.find("idc-a").orElseThrow().scheduling()).isEqualTo(overrides);
        assertThat(rows.find("idc-b").orElseThrow().scheduling()).isEmpty();
    }

    @Test
    void theStoredKubeconfigIsNotClearTextAndOpensOnlyForItsOwnCluster() {
        rows.insert(row("idc-a", Map.of()));

        String stored = jdbc.sql("SELECT nonce || ciphertext FROM clusters").query(String.class).single();

        assertThat(stored).doesNotContain("tok-3f9a1c").doesNotContain("apiVersion");
        assertThatThrownBy(() -> seal.open("idc-b", rows.find("idc-a").orElseThrow().kubeconfig()))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aSecondClusterOfTheSameNameIsAConflictAndTheFirstStays() {
        rows.insert(row("idc-a", Map.of("idc", "bj-1")));

        assertThatThrownBy(() -> rows.insert(row("idc-a", Map.of("idc", "sh-2"))))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("idc-a");
        assertThat(rows.find("idc-a").orElseThrow().labels()).containsEntry("idc", "bj-1");
    }

    @Test
    void clustersAreListedByName() {
        rows.insert(row("idc-c", Map.of()));
        rows.insert(row("idc-a", Map.of()));
        rows.insert(row("idc-b", Map.of()));

        assertThat(rows.list()).extracting(ClusterRows.Row::name).containsExactly("idc-a", "idc-b", "idc-c");
    }

    @Test
    void deletingRemovesOnlyThatClusterAndSaysWhetherItExisted() {
        rows.insert(row("idc-a", Map.of()));
        rows.insert(row("idc-b", Map.of()));

        assertThat(rows.delete("idc-a")).isTrue();
        assertThat(rows.delete("idc-a")).isFalse();
        assertThat(rows.find("idc-a")).isEmpty();
        assertThat(rows.list()).extracting(ClusterRows.Row::name).containsExactly("idc-b");
    }
}
