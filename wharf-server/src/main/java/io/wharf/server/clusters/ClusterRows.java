package io.wharf.server.clusters;

import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.AppType;
import io.wharf.runtime.kubernetes.ClassOverride;
import io.wharf.runtime.kubernetes.lb.PortRange;
import io.wharf.server.secrets.SecretCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The clusters table: one row per registered cluster, its kubeconfig sealed. */
public final class ClusterRows {
    private static final String COLUMNS = "name, kind, labels, nonce, ciphertext, created_at, lb_first_port, lb_last_port,"
            + " scheduling";
    private static final TypeReference<TreeMap<String, String>> LABELS = new TypeReference<>() {
    };
    private static final TypeReference<TreeMap<String, ClassOverride>> SCHEDULING = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ClusterRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A registered cluster as stored; {@code loadBalancerPorts} is null when it has no load balancer,
     * {@code scheduling} holds its overrides of the scheduling classes.
     */
    public record Row(String name, String kind, Map<String, String> labels, SecretCipher.Sealed kubeconfig,
                      Instant createdAt, PortRange loadBalancerPorts, Map<AppType, ClassOverride> scheduling) {
        public Row {
            labels = Map.copyOf(labels);
            scheduling = scheduling == null || scheduling.isEmpty() ? Map.of() : Map.copyOf(scheduling);
        }

        public Row(String name, String kind, Map<String, String> labels, SecretCipher.Sealed kubeconfig,
                   Instant createdAt, PortRange loadBalancerPorts) {
            this(name, kind, labels, kubeconfig, createdAt, loadBalancerPorts, Map.of());
        }
    }

    public void insert(Row row) {
        Base64.Encoder base64 = Base64.getEncoder();
        PortRange lb = row.loadBalancerPorts();
        try {
            jdbc.sql("INSERT INTO clusters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(row.name(), row.kind(), json.writeValueAsString(new TreeMap<>(row.labels())),
                            base64.encodeToString(row.kubeconfig().nonce()),
                            base64.encodeToString(row.kubeconfig().ciphertext()),
                            OffsetDateTime.ofInstant(row.createdAt(), ZoneOffset.UTC),
                            lb == null ? null : lb.first(), lb == null ? null : lb.last(),
                            row.scheduling().isEmpty() ? null
                                    : json.writeValueAsString(SchedulingOverrides.wire(row.scheduling())))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new StoreConflictException("cluster " + row.name() + " exists already");
        }
    }

    public List<Row> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clusters ORDER BY name").query(this::row).list();
    }

    /** Every registered cluster's labels by its name: what placement selectors match. */
    public Map<String, Map<String, String>> labelsByName() {
        Map<String, Map<String, String>> labels = new HashMap<>();
        list().forEach(row -> labels.put(row.name(), row.labels()));
        return labels;
    }

    public Optional<Row> find(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clusters WHERE name = ?").params(name).query(this::row).optional();
    }

    /** @return false when there was no such cluster */
    public boolean delete(String name) {
        return jdbc.sql("DELETE FROM clusters WHERE name = ?").params(name).update() == 1;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Base64.Decoder base64 = Base64.getDecoder();
        return new Row(rs.getString(1), rs.getString(2), json.readValue(rs.getString(3), LABELS),
                new SecretCipher.Sealed(base64.decode(rs.getString(4)), base64.decode(rs.getString(5))),
                rs.getObject(6, OffsetDateTime.class).toInstant(), portRange(rs.getObject(7, Integer.class),
                rs.getObject(8, Integer.class)), scheduling(rs.getString(9)));
    }

    private Map<AppType, ClassOverride> scheduling(String stored) {
        Map<AppType, ClassOverride> overrides = new EnumMap<>(AppType.class);
        if (stored != null) {
            json.readValue(stored, SCHEDULING).forEach((type, override) ->
                    AppType.parse(type).ifPresent(t -> overrides.put(t, override)));
        }
        return overrides;
    }

    private static PortRange portRange(Integer first, Integer last) {
        return first == null || last == null ? null : new PortRange(first, last);
    }
}
