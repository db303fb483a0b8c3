package io.wharf.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.App;
import io.wharf.model.Autoscale;
import io.wharf.model.Placement;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.HealthCheck;
import io.wharf.model.LoadBalancing;
import io.wharf.model.Phase;
import io.wharf.model.Routing;
import io.wharf.model.Resources;
import io.wharf.model.SystemSpec;
import io.wharf.model.Amount;
import io.wharf.model.ConfigFile;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.RolloutPhase;
import io.wharf.model.SecretMount;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What the store promises, run against each database Wharf supports. */
abstract class AbstractJdbcStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00.123Z");
    private JdbcStore store;

    protected abstract DataSource dataSource();

    @BeforeEach
    void migrateAnEmptyDatabase() {
        Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource()).load().migrate();
        DataSource dataSource = dataSource();
        store = new JdbcStore(JdbcClient.create(dataSource), JsonMapper.builder().build(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private static App app(String system, String name) {
        AppTemplate template = new AppTemplate("localhost/wharf/hello:1", 8080, AppType.BATCH,
                List.of("/bin/sh", "-c", "echo 'quoted $HOME'"), Map.of("GREETING", "hi there", "EMPTY", ""),
                new Resources("500m", "256Mi", 1), HealthCheck.http("/healthz"));
        return new App(system, name, 3, template, 1, T0, T0);
    }

    @Test
    void aSystemIsStoredAndFoundAgainWithItsDescription() {
        store.createSystem(new SystemSpec("demo", "the demo team", T0));

        assertThat(store.findSystem("demo")).contains(new SystemSpec("demo", "the demo team", T0));
        assertThat(store.listSystems()).extracting(SystemSpec::name).containsExactly("demo");
        assertThat(store.findSystem("other")).isEmpty();
    }

    @Test
    void creatingASystemTwiceIsAConflictAndKeepsTheFirst() {
        store.createSystem(new SystemSpec("demo", "first", T0));

        assertThatThrownBy(() -> store.createSystem(new SystemSpec("demo", "second", T0)))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("demo");
        assertThat(store.findSystem("demo")).hasValueSatisfying(s -> assertThat(s.description()).isEqualTo("first"));
    }

    @Test
    void anAppRoundTripsWithEveryFieldOfItsTemplate() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app);

        assertThat(store.findApp(app.key())).contains(app);
        assertThat(store.listApps("demo")).containsExactly(app);
        assertThat(store.listAllApps()).containsExactly(app);
    }

    @Test
    void creatingAnAppTwiceIsAConflict() {
        store.createSystem(new SystemSpec("demo", "", T0));
        store.createApp(app("demo", "hello"));

        assertThatThrownBy(() -> store.createApp(app("demo", "hello"))).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void updatingAnAppReplacesItsDesiredStateAndKeepsItsStatus() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app);
        AppStatus status = new AppStatus(Phase.Available, 3, 3, "3/3 instances ready");
        store.saveStatus(app.key(), status);

        App scaled = app.withReplicas(5, T0.plus(1, ChronoUnit.MINUTES))
                .withRouting(new Routing(List.of("shop.example.test", "www.shop.example.test"),
                        LoadBalancing.LEAST_CONNECTIONS, 15432), T0.plus(2, ChronoUnit.MINUTES));
        assertThat(store.updateApp(scaled)).isTrue();

        assertThat(store.findApp(app.key())).contains(scaled);
        assertThat(store.findStatus(app.key())).contains(status);
        App placed = scaled.withScaling(5, Placement.onClusters(Map.of("idc-a", 3, "idc-b", 2)),
                new Autoscale(2, 10, 70), T0.plus(3, ChronoUnit.MINUTES));
        assertThat(store.updateApp(placed)).isTrue();
        assertThat(store.findApp(app.key())).contains(placed);
        App bySelector = placed.withScaling(4, Placement.bySelector(Map.of("idc", "bj-1")), null, T0);
        assertThat(store.updateApp(bySelector)).isTrue();
        assertThat(store.findApp(app.key())).contains(bySelector);
        assertThat(store.updateApp(app("demo", "missing"))).isFalse();
    }

    @Test
    void releasesAreStoredWithTheAppAndComeBackNewestFirst() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app, new Release(app.key(), 1, app.template(), app.strategy(), "alice", T0, "first release"));
        Strategy canary = new Strategy(StrategyType.CANARY, Amount.percent(50), Amount.of(1), 60, false, 0,
                List.of(10, 50), null);
        App next = app.withRelease(app.template()
                .withConfigs(List.of(new ConfigFile("app", "/etc/app/app.conf", "a=1\n")))
                .withSecrets(List.of(new SecretMount("db", null, null, 2))), 2, canary, T0.plusSeconds(60));
        Release second = new Release(app.key(), 2, next.template(), canary, "bob", T0.plusSeconds(60), "config app added");

        assertThat(store.updateApp(next, second)).isTrue();

        assertThat(store.findApp(app.key())).contains(next);
        assertThat(store.listReleases(app.key())).extracting(Release::revision).containsExactly(2L, 1L);
        assertThat(store.findRelease(app.key(), 2)).contains(second);
        assertThat(store.findRelease(app.key(), 3)).isEmpty();
    }

    @Test
    void aReleaseThatExistsAlreadyIsAConflictAndTheAppStaysAsItWas() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app, new Release(app.key(), 1, app.template(), app.strategy(), "alice", T0, "first"));
        App again = app.withReplicas(9, T0.plusSeconds(1));

        assertThatThrownBy(() -> store.updateApp(again,
                new Release(app.key(), 1, app.template(), app.strategy(), "mallory", T0, "again")))
                .isInstanceOf(StoreConflictException.class);

        assertThat(store.findApp(app.key())).contains(app);
        assertThat(store.listReleases(app.key())).extracting(Release::author).containsExactly("alice");
    }

    @Test
    void theRolloutIsKeptWithTheAppAndGoesWithIt() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app, new Release(app.key(), 1, app.template(), app.strategy(), "alice", T0, "first"));
        Rollout rollout = Rollout.start(2, 1L, null, T0).atStep(0, T0.plusSeconds(3))
                .with(RolloutPhase.Paused, "paused by alice");

        store.saveRollout(app.key(), rollout);

        assertThat(store.findRollout(app.key())).contains(rollout);
        store.deleteApp(app.key());
        assertThat(store.findRollout(app.key())).isEmpty();
        assertThat(store.listReleases(app.key())).isEmpty();
    }

    @Test
    void eventsComeBackNewestFirstAndLimited() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app);
        for (int i = 0; i < 5; i++) {
            store.appendEvent(app.key(), AppEvent.normal(T0.plusSeconds(i), "Step", "step " + i));
        }

        assertThat(store.listEvents(app.key(), 3)).extracting(AppEvent::message)
                .containsExactly("step 4", "step 3", "step 2");
        assertThat(store.listEvents(app.key(), 10).get(0).time()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void deletingAnAppDeletesItsEventsAndStatus() {
        store.createSystem(new SystemSpec("demo", "", T0));
        App app = app("demo", "hello");
        store.createApp(app);
        store.appendEvent(app.key(), AppEvent.warning(T0, "Exited", "instance exited"));
        store.saveStatus(app.key(), new AppStatus(Phase.Degraded, 3, 2, "2/3"));

        assertThat(store.deleteApp(app.key())).isTrue();

        assertThat(store.findApp(app.key())).isEmpty();
        assertThat(store.findStatus(app.key())).isEmpty();
        assertThat(store.listEvents(app.key(), 10)).isEmpty();
        assertThat(store.deleteApp(app.key())).isFalse();
    }

    @Test
    void deletingASystemDeletesItsAppsButNoOtherSystems() {
        store.createSystem(new SystemSpec("demo", "", T0));
        store.createSystem(new SystemSpec("other", "", T0));
        store.createApp(app("demo", "hello"));
        store.createApp(app("other", "hello"));

        assertThat(store.deleteSystem("demo")).isTrue();

        assertThat(store.findApp(new AppKey("demo", "hello"))).isEmpty();
        assertThat(store.findApp(new AppKey("other", "hello"))).isPresent();
        assertThat(store.listAllApps()).hasSize(1);
    }

    @Test
    void anEventForAnAppThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> store.appendEvent(new AppKey("ghost", "app"), AppEvent.normal(T0, "X", "y")))
                .isInstanceOf(RuntimeException.class);
    }
}
