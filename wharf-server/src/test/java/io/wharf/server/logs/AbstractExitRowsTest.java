package io.wharf.server.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.InstanceExit;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.ReleaseSummary;
import io.wharf.model.SystemSpec;
import io.wharf.server.store.JdbcStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The V16 table on each database Wharf supports: exits kept with their lines, the last ten per app, newest first. */
abstract class AbstractExitRowsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private final AppKey web = new AppKey("shop", "web");
    private JdbcStore store;
    private ExitRows exits;

    protected abstract DataSource dataSource();

    protected Flyway flyway() {
        return Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load();
    }

    @BeforeEach
    void migrateAnEmptyDatabaseWithOneApp() {
        flyway().clean();
        flyway().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource());
        store = new JdbcStore(jdbc, JsonMapper.builder().build(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
        exits = new ExitRows(jdbc);
        store.createSystem(new SystemSpec("shop", "", T0));
        AppTemplate template = new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(), null, null);
        App app = new App("shop", "web", 1, template, 1, T0, T0);
        store.createApp(app, new Release(web, 1, template, app.strategy(), "admin", T0,
                ReleaseSummary.between(null, template)));
    }

    private InstanceExit exit(int n, List<String> lines) {
        return new InstanceExit(web, "web-" + n, 3, "Error", T0.plusSeconds(n), lines);
    }

    @Test
    void anExitIsKeptWithItsLinesInOrderEmptyOnesIncluded() {
        List<String> lines = IntStream.rangeClosed(1, 1_000).mapToObj(i -> i == 500 ? "" : "line " + i).toList();

        exits.insert(exit(1, lines));

        assertThat(exits.list(web)).singleElement().isEqualTo(exit(1, lines));
    }

    @Test
    void onlyTheLastTenExitsOfAnAppAreKeptNewestFirst() {
        for (int n = 1; n <= 12; n++) {
            exits.insert(exit(n, List.of("bye " + n)));
        }

        assertThat(exits.list(web)).extracting(InstanceExit::instance)
                .containsExactly("web-12", "web-11", "web-10", "web-9", "web-8", "web-7", "web-6", "web-5", "web-4", "web-3");
    }

    @Test
    void theExitsOfADeletedAppGoWithIt() {
        exits.insert(exit(1, List.of()));

        store.deleteApp(web);

        assertThat(exits.list(web)).isEmpty();
    }
}
