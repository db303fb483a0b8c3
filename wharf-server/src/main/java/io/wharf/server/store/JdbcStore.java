package io.wharf.server.store;

import io.wharf.engine.store.Store;
import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.App;
import io.wharf.model.Autoscale;
import io.wharf.model.Placement;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.LoadBalancing;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.Strategy;
import io.wharf.model.Routing;
import io.wharf.model.SystemSpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The store on a relational database (H2 or PostgreSQL, same Flyway migrations). */
public class JdbcStore implements Store {
    private static final String APP_COLUMNS =
            "system_name, name, replicas, revision, template, created_at, changed_at, domains, balancing, tcp_port,"
            + " strategy, placement, autoscale";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ReleaseRows releases;

    public JdbcStore(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.releases = new ReleaseRows(jdbc, json);
    }

    @Override
    public void createSystem(SystemSpec system) {
        try {
            jdbc.sql("INSERT INTO systems (name, description, created_at) VALUES (?, ?, ?)")
                    .params(system.name(), system.description(), time(system.createdAt())).update();
        } catch (DuplicateKeyException e) {
            throw new StoreConflictException("system " + system.name() + " exists already");
        }
    }

    @Override
    public Optional<SystemSpec> findSystem(String name) {
        return jdbc.sql("SELECT name, description, created_at FROM systems WHERE name = ?").param(name)
                .query(JdbcStore::system).optional();
    }

    @Override
    public List<SystemSpec> listSystems() {
        return jdbc.sql("SELECT name, description, created_at FROM systems ORDER BY name").query(JdbcStore::system).list();
    }

    @Override
    public boolean deleteSystem(String name) {
        return jdbc.sql("DELETE FROM systems WHERE name = ?").param(name).update() > 0;
    }

    @Override
    public void createApp(App app) {
        try {
            jdbc.sql("INSERT INTO apps (" + APP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(app.system(), app.name(), app.replicas(), app.revision(), json.writeValueAsString(app.template()),
                            time(app.createdAt()), time(app.changedAt()), json.writeValueAsString(app.domains()),
                            app.routing().balancing().wireName(), app.routing().tcpPort(),
                            json.writeValueAsString(app.strategy()), jsonOrNull(app.placement()),
                            jsonOrNull(app.autoscale()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new StoreConflictException("app " + app.key() + " exists already");
        }
    }

    @Override
    public boolean updateApp(App app) {
        return jdbc.sql("UPDATE apps SET replicas = ?, revision = ?, template = ?, changed_at = ?, domains = ?,"
                        + " balancing = ?, tcp_port = ?, strategy = ?, placement = ?, autoscale = ?"
                        + " WHERE system_name = ? AND name = ?")
                .params(app.replicas(), app.revision(), json.writeValueAsString(app.template()), time(app.changedAt()),
                        json.writeValueAsString(app.domains()), app.routing().balancing().wireName(),
                        app.routing().tcpPort(), json.writeValueAsString(app.strategy()), jsonOrNull(app.placement()),
                        jsonOrNull(app.autoscale()), app.system(), app.name())
                .update() > 0;
    }

    @Override
    public void createApp(App app, Release first) {
        transactions.executeWithoutResult(tx -> {
            createApp(app);
            releases.insert(first);
        });
    }

    @Override
    public boolean updateApp(App app, Release release) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!updateApp(app)) {
                return false;
            }
            releases.insert(release);
            return true;
        }));
    }

    @Override
    public List<Release> listReleases(AppKey key) {
        return releases.list(key);
    }

    @Override
    public Optional<Release> findRelease(AppKey key, long revision) {
        return releases.find(key, revision);
    }

    @Override
    public void saveRollout(AppKey key, Rollout rollout) {
        jdbc.sql("UPDATE apps SET rollout = ? WHERE system_name = ? AND name = ?")
                .params(json.writeValueAsString(rollout), key.system(), key.app()).update();
    }

    @Override
    public Optional<Rollout> findRollout(AppKey key) {
        return jdbc.sql("SELECT rollout FROM apps WHERE system_name = ? AND name = ? AND rollout IS NOT NULL")
                .params(key.system(), key.app())
                .query((rs, n) -> json.readValue(rs.getString(1), Rollout.class)).optional();
    }

    @Override
    public Optional<App> findApp(AppKey key) {
        return jdbc.sql("SELECT " + APP_COLUMNS + " FROM apps WHERE system_name = ? AND name = ?")
                .params(key.system(), key.app()).query(this::app).optional();
    }

    @Override
    public List<App> listApps(String system) {
        return jdbc.sql("SELECT " + APP_COLUMNS + " FROM apps WHERE system_name = ? ORDER BY name").param(system)
                .query(this::app).list();
    }

    @Override
    public List<App> listAllApps() {
        return jdbc.sql("SELECT " + APP_COLUMNS + " FROM apps ORDER BY system_name, name").query(this::app).list();
    }

    @Override
    public boolean deleteApp(AppKey key) {
        return jdbc.sql("DELETE FROM apps WHERE system_name = ? AND name = ?").params(key.system(), key.app()).update() > 0;
    }

    @Override
    public void saveStatus(AppKey key, AppStatus status) {
        jdbc.sql("UPDATE apps SET status = ? WHERE system_name = ? AND name = ?")
                .params(json.writeValueAsString(status), key.system(), key.app()).update();
    }

    @Override
    public Optional<AppStatus> findStatus(AppKey key) {
        return jdbc.sql("SELECT status FROM apps WHERE system_name = ? AND name = ? AND status IS NOT NULL")
                .params(key.system(), key.app())
                .query((rs, n) -> json.readValue(rs.getString(1), AppStatus.class)).optional();
    }

    @Override
    public void appendEvent(AppKey key, AppEvent event) {
        jdbc.sql("INSERT INTO app_events (system_name, app_name, occurred_at, event_type, reason, message) VALUES (?, ?, ?, ?, ?, ?)")
                .params(key.system(), key.app(), time(event.time()), event.type(), event.reason(), clip(event.message()))
                .update();
    }

    @Override
    public List<AppEvent> listEvents(AppKey key, int limit) {
        return jdbc.sql("SELECT occurred_at, event_type, reason, message FROM app_events"
                        + " WHERE system_name = ? AND app_name = ? ORDER BY id DESC LIMIT ?")
                .params(key.system(), key.app(), limit)
                .query((rs, n) -> new AppEvent(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private App app(ResultSet rs, int row) throws SQLException {
        return new App(rs.getString(1), rs.getString(2), rs.getInt(3), json.readValue(rs.getString(5), AppTemplate.class),
                rs.getLong(4), instant(rs, 6), instant(rs, 7), routing(rs),
                rs.getString(11) == null ? null : json.readValue(rs.getString(11), Strategy.class),
                rs.getString(12) == null ? null : json.readValue(rs.getString(12), Placement.class),
                rs.getString(13) == null ? null : json.readValue(rs.getString(13), Autoscale.class));
    }

    private String jsonOrNull(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private Routing routing(ResultSet rs) throws SQLException {
        String domains = rs.getString(8);
        LoadBalancing balancing = LoadBalancing.parse(rs.getString(9)).orElse(LoadBalancing.ROUND_ROBIN);
        return new Routing(domains == null ? List.of() : List.of(json.readValue(domains, String[].class)), balancing,
                rs.getObject(10, Integer.class));
    }

    private static SystemSpec system(ResultSet rs, int row) throws SQLException {
        return new SystemSpec(rs.getString(1), rs.getString(2), instant(rs, 3));
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String clip(String message) {
        return message.length() <= 4096 ? message : message.substring(0, 4093) + "...";
    }
}
