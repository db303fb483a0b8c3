package io.wharf.server.builds;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.build.BuildState;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.model.ReleaseSummary;
import io.wharf.model.SystemSpec;
import io.wharf.server.secrets.SecretCipher;
import io.wharf.server.store.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The V14 tables, run against each database Wharf supports: sources sealed, builds that outlive a restart, versions. */
abstract class AbstractBuildRowsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private final AppKey web = new AppKey("shop", "web");
    private JdbcClient jdbc;
    private JdbcStore store;
    private BuildRows builds;
    private VersionRows versions;

    protected abstract DataSource dataSource();

    /** Flyway's settings for this database (for example its own schema). */
    protected Flyway flyway() {
        return Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load();
    }

    @BeforeEach
    void migrateAnEmptyDatabaseWithOneApp() {
        flyway().clean();
        flyway().migrate();
        jdbc = JdbcClient.create(dataSource());
        store = new JdbcStore(jdbc, JsonMapper.builder().build(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
        builds = new BuildRows(jdbc, JsonMapper.builder().build());
        versions = new VersionRows(jdbc);
        store.createSystem(new SystemSpec("shop", "", T0));
        AppTemplate template = new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(), null, null);
        App app = new App("shop", "web", 1, template, 1, T0, T0);
        store.createApp(app, new Release(web, 1, template, app.strategy(), "admin", T0,
                ReleaseSummary.between(null, template)));
    }

    private BuildResponse queued(String id, Instant at) {
        return new BuildResponse(id, "Queued", null, new BuildRequest.Git("file:///srv/web.git", "main"), "Dockerfile",
                ".", Map.of("MODE", "prod"), List.of("npm"), true, null, null, null, null, at, null, null);
    }

    @Test
    void buildsThatWereUnfinishedWhenTheServerStoppedEndFailedWithTheReason() {
        builds.insert(web, queued("00000000-0000-0000-0000-000000000001", T0));
        builds.insert(web, queued("00000000-0000-0000-0000-000000000002", T0.plusSeconds(1)));
        builds.insert(web, queued("00000000-0000-0000-0000-000000000003", T0.plusSeconds(2)));
        builds.started("00000000-0000-0000-0000-000000000002", T0.plusSeconds(3));
        builds.finished("00000000-0000-0000-0000-000000000001", BuildState.Succeeded, null, "a".repeat(40), "i", "d",
                T0.plusSeconds(4));

        assertThat(builds.failUnfinished(BuildService.RESTARTED, T0.plusSeconds(5))).isEqualTo(2);

        assertThat(builds.list(web)).extracting(BuildResponse::state, BuildResponse::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Failed", "server restarted"),
                org.assertj.core.groups.Tuple.tuple("Failed", "server restarted"),
                org.assertj.core.groups.Tuple.tuple("Succeeded", null));
        assertThat(builds.list(web).get(2).buildArgs()).containsEntry("MODE", "prod");
        assertThat(builds.list(web).get(2).secrets()).containsExactly("npm");
    }

    @Test
    void versionsCountUpPerAppAndAreFoundByIdOrCommitPrefix() {
        String first = "1234abcd" + "0".repeat(32);
        String second = "5678ef01" + "0".repeat(32);
        versions.insert(web, version(first, "b1"));
        VersionResponse v2 = versions.insert(web, version(second, "b2"));

        assertThat(v2.id()).isEqualTo("v2");
        assertThat(versions.list(web)).extracting(VersionResponse::id).containsExactly("v2", "v1");
        assertThat(versions.find(web, "v1")).map(VersionResponse::commit).contains(first);
        assertThat(versions.find(web, "5678ef")).map(VersionResponse::id).contains("v2");
        assertThat(versions.find(web, "v3")).isEmpty();
        assertThat(versions.find(web, "%")).isEmpty();
    }

    @Test
    void aSourcesPasswordAndWebhookSecretAreStoredSealedAndOpenOnlyForTheirApp() {
        SecretCipher cipher = new SecretCipher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        SourceService sources = new SourceService(store, new SourceRows(jdbc), cipher, Clock.fixed(T0, ZoneOffset.UTC),
                new BuildProperties(null, null, null, null));

        SourceResponse shown = sources.put(web, new SourceRequest("https://git.example.org/web.git", "main", null, null,
                "ada", "hunter2-password", true, "webhook-secret-0123456789"));

        assertThat(shown.hasPassword()).isTrue();
        assertThat(shown.hasWebhookSecret()).isTrue();
        assertThat(shown.dockerfile()).isEqualTo("Dockerfile");
        assertThat(shown.toString()).doesNotContain("hunter2-password").doesNotContain("webhook-secret-0123456789");
        assertThat(jdbc.sql("SELECT * FROM app_sources").query().listOfRows().toString())
                .doesNotContain("hunter2-password").doesNotContain("webhook-secret-0123456789");
        StoredSource stored = sources.find(web).orElseThrow();
        assertThat(sources.gitSource(web, stored).password()).isEqualTo("hunter2-password");
        assertThat(sources.webhookSecret(web)).contains("webhook-secret-0123456789");
    }

    @Test
    void buildsVersionsAndSourceGoWithTheirApp() {
        builds.insert(web, queued("00000000-0000-0000-0000-000000000001", T0));
        versions.insert(web, version("a".repeat(40), "00000000-0000-0000-0000-000000000001"));

        store.deleteApp(web);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM builds").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single()).isZero();
    }

    private static VersionResponse version(String commit, String build) {
        return new VersionResponse(null, "127.0.0.1:7050/shop/web@sha256:" + "0".repeat(64), "sha256:" + "0".repeat(64),
                commit, "Ada <ada@example.org>", "a change", build, T0, 1500, T0.plusSeconds(2));
    }
}
