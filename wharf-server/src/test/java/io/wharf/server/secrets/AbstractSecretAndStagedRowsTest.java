package io.wharf.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.Release;
import io.wharf.model.ReleaseSummary;
import io.wharf.model.SystemSpec;
import io.wharf.server.configs.StagedChanges;
import io.wharf.server.store.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The V5 tables (sealed secret values, staged config files), run against each database Wharf supports. */
abstract class AbstractSecretAndStagedRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final AppKey web = new AppKey("shop", "web");
    private final AppKey api = new AppKey("shop", "api");
    private JdbcStore store;
    private JdbcClient jdbc;
    private SecretVault vault;
    private StagedChanges staged;

    protected abstract DataSource dataSource();

    /** Flyway's settings for this database (for example its own schema). */
    protected Flyway flyway() {
        return Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load();
    }

    @BeforeEach
    void migrateAnEmptyDatabaseWithTwoApps() {
        flyway().clean();
        flyway().migrate();
        jdbc = JdbcClient.create(dataSource());
        store = new JdbcStore(jdbc, JsonMapper.builder().build(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
        vault = new SecretVault(new SecretCipher(KEY), new SecretRows(jdbc));
        staged = new StagedChanges(jdbc);
        store.createSystem(new SystemSpec("shop", "", T0));
        for (AppKey key : List.of(web, api)) {
            App app = new App(key.system(), key.app(), 1, template(), 1, T0, T0);
            store.createApp(app, new Release(key, 1, app.template(), app.strategy(), "admin", T0,
                    ReleaseSummary.between(null, app.template())));
        }
    }

    private static AppTemplate template() {
        return new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(), null, null);
    }

    @Test
    void eachStoredValueIsTheNextVersionAndOpensToItsValue() throws Exception {
        assertThat(vault.store(web, "db", "first", T0)).isEqualTo(1);
        assertThat(vault.store(web, "db", "second", T0.plusSeconds(1))).isEqualTo(2);
        assertThat(vault.store(api, "db", "other app", T0)).isEqualTo(1);

        assertThat(vault.open(web, "db", 1)).contains("first");
        assertThat(vault.open(web, "db", 2)).contains("second");
        assertThat(vault.open(api, "db", 1)).contains("other app");
        assertThat(vault.open(web, "db", 3)).isEmpty();
        assertThat(vault.storedAt(web, "db", 2)).contains(T0.plusSeconds(1));
    }

    @Test
    void theDatabaseHoldsNoClearValue() {
        vault.store(web, "db", "clear-text-never-stored", T0);

        String rows = jdbc.sql("SELECT nonce, ciphertext FROM secret_values").query().listOfRows().toString();
        assertThat(rows).doesNotContain("clear-text-never-stored")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString("clear-text-never-stored".getBytes()));
    }

    @Test
    void aCiphertextMovedToAnotherAppOrVersionDoesNotOpen() {
        vault.store(web, "db", "web's value", T0);
        vault.store(api, "db", "api's value", T0);
        jdbc.sql("UPDATE secret_values SET ciphertext = (SELECT ciphertext FROM secret_values WHERE app_name = 'web'),"
                + " nonce = (SELECT nonce FROM secret_values WHERE app_name = 'web') WHERE app_name = 'api'").update();

        assertThatThrownBy(() -> vault.open(api, "db", 1)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aVersionIsStoredOnceOnly() {
        SecretRows rows = new SecretRows(jdbc);
        SecretCipher.Sealed sealed = new SecretCipher(KEY).seal(new byte[] {1}, new byte[0]);
        rows.insert(web, "db", 1, sealed, T0);

        assertThatThrownBy(() -> rows.insert(web, "db", 1, sealed, T0)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theValuesAndStagedFilesOfAnAppGoWithIt() throws Exception {
        vault.store(web, "db", "value", T0);
        vault.store(api, "db", "value", T0);
        stage(web, new ConfigFile("app", "/etc/app.conf", "a=1"));
        stage(api, new ConfigFile("app", "/etc/app.conf", "a=1"));

        store.deleteApp(web);

        assertThat(vault.open(web, "db", 1)).isEmpty();
        assertThat(new SecretRows(jdbc).latestVersion(web, "db")).isZero();
        assertThat(staged.applyTo(web, template())).isEqualTo(template());
        assertThat(new SecretRows(jdbc).latestVersion(api, "db")).isEqualTo(1);
        assertThat(staged.applyTo(api, template()).configs()).hasSize(1);
    }

    @Test
    void stagedFilesAreAppliedToTheNextTemplateAndClearedOnceItHasThem() {
        ConfigFile conf = new ConfigFile("app", "/etc/app.conf", "a=1");
        stage(web, conf);
        stage(web, new ConfigFile("app", "/etc/app.conf", "a=2"));

        AppTemplate next = staged.applyTo(web, template());

        assertThat(next.configs()).containsExactly(new ConfigFile("app", "/etc/app.conf", "a=2"));
        staged.clear(web, template().withConfigs(List.of(conf)));
        assertThat(staged.applyTo(web, template())).isEqualTo(next);
        staged.clear(web, next);
        assertThat(staged.applyTo(web, template())).isEqualTo(template());
    }

    private void stage(AppKey app, ConfigFile config) {
        staged.stage(app, config, T0);
    }
}
