package io.wharf.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad config and secret requests get a problem+json that names the fields, and change nothing. */
class ConfigAndSecretValidationIT extends AbstractRunningServerIT {
    @BeforeEach
    void createTheAppWithNoInstances() {
        createHello(0);
    }

    private static void assertFields(ApiClient.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder(fields);
    }

    private long revision() {
        return api.get(appPath).json().get("revision").asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/x", "/proc/x", "/sys/kernel/x", "/etc/../x", "/etc/app/", ""})
    void aConfigPathThatIsNoAbsoluteFileOutsideProcSysAndDevIsRejected(String path) {
        assertFields(api.put(appPath + "/configs/app", "{\"path\": \"" + path + "\", \"content\": \"a\"}"), "path");
        assertThat(revision()).isEqualTo(1);
    }

    @Test
    void aConfigNeedsContentAValidNameAndAPathNoOtherFileUses() {
        assertFields(api.put(appPath + "/configs/app", "{\"path\": \"/etc/a.conf\"}"), "content");
        assertFields(api.put(appPath + "/configs/App_1", "{\"path\": \"/etc/a.conf\", \"content\": \"a\"}"), "name");
        assertThat(api.put(appPath + "/configs/one", "{\"path\": \"/etc/a.conf\", \"content\": \"a\"}").status()).isEqualTo(201);
        assertFields(api.put(appPath + "/configs/two", "{\"path\": \"/etc/a.conf\", \"content\": \"b\"}"), "path");
        assertFields(api.put(appPath + "/secrets/db", "{\"value\": \"v\", \"path\": \"/etc/a.conf\"}"), "path");
        assertThat(revision()).isEqualTo(2);
    }

    @Test
    void anUnknownFieldIsABadRequestThatNamesIt() {
        ApiClient.Response config = api.put(appPath + "/configs/app", "{\"path\": \"/a\", \"content\": \"a\", \"mode\": 1}");
        ApiClient.Response secret = api.put(appPath + "/secrets/db", "{\"value\": \"v\", \"file\": \"/a\"}");

        assertThat(config.status()).isEqualTo(400);
        assertThat(config.json().get("detail").asString()).contains("unknown field 'mode'");
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.json().get("detail").asString()).contains("unknown field 'file'");
    }

    @Test
    void aSecretNeedsAValueAndIsEitherAFileOrAnEnvVariable() {
        assertFields(api.put(appPath + "/secrets/db", "{\"path\": \"/run/secrets/db\"}"), "value");
        assertFields(api.put(appPath + "/secrets/db", "{\"value\": \"\"}"), "value");
        assertFields(api.put(appPath + "/secrets/db", "{\"value\": \"v\", \"path\": \"/a\", \"env\": \"DB\"}"), "env");
        assertFields(api.put(appPath + "/secrets/db", "{\"value\": \"v\", \"env\": \"WHARF_DB\"}"), "env");
        assertFields(api.put(appPath + "/secrets/db", "{\"value\": \"v\", \"path\": \"/proc/db\"}"), "path");
        assertThat(api.get(appPath + "/secrets").json().valueStream().toList()).isEmpty();
        assertThat(revision()).isEqualTo(1);
    }

    @Test
    void anUnknownAppSystemConfigRevisionOrSecretIsNotFound() {
        String other = "/api/v1/systems/" + system + "/apps/nope";
        assertThat(api.put(other + "/configs/app", "{\"path\": \"/a\", \"content\": \"a\"}").status()).isEqualTo(404);
        assertThat(api.put(other + "/secrets/db", "{\"value\": \"v\"}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/systems/nope/apps/hello/secrets").status()).isEqualTo(404);
        assertThat(api.get(appPath + "/configs/app").status()).isEqualTo(404);
        assertThat(api.get(appPath + "/configs/app?revision=9").status()).isEqualTo(404);
        assertThat(api.get(appPath + "/configs/app/diff?from=1&to=9").status()).isEqualTo(404);
        assertThat(api.delete(appPath + "/secrets/db").status()).isEqualTo(404);
        assertThat(api.delete(appPath + "/configs/app").status()).isEqualTo(404);
    }

    @Test
    void aDiffNeedsBothRevisions() {
        assertFields(api.get(appPath + "/configs/app/diff?from=1"), "to");
    }

    @Test
    void deletingASecretReleasesWithoutItAndARollbackToTheReleaseWithItStillHasItsVersion() {
        assertThat(api.put(appPath + "/secrets/db", "{\"value\": \"v1\"}").status()).isEqualTo(201);

        ApiClient.Response deleted = api.delete(appPath + "/secrets/db");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("revision").asLong()).isEqualTo(3);
        assertThat(api.get(appPath + "/secrets").json().valueStream().toList()).isEmpty();
        assertThat(api.put(appPath + "/secrets/db", "{\"value\": \"v2\"}").json().get("version").asLong()).isEqualTo(2);
    }
}
