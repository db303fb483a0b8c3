package io.wharf.server.secrets;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.FieldError;
import io.wharf.model.Names;
import io.wharf.model.SecretMount;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.configs.TemplateChecks;
import io.wharf.server.releases.ReleaseService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An app's secrets: each value is sealed into the vault as a new version and released as a new
 * revision that mounts that version. Removing a secret keeps its stored versions, so that a
 * rollback to a release that has it still starts.
 */
@Service
public class SecretService {
    /** An env variable's value is limited by the kernel's argument size; a file by the config file limit. */
    static final int MAX_ENV_BYTES = 32 * 1024;
    static final int MAX_FILE_BYTES = 1024 * 1024;
    private final Store store;
    private final ReleaseService releases;
    private final SecretVault vault;
    private final Clock clock;

    public SecretService(Store store, ReleaseService releases, SecretVault vault, Clock clock) {
        this.store = store;
        this.releases = releases;
        this.vault = vault;
        this.clock = clock;
    }

    /** What a change did: the secret as it now stands, whether it is new, and the release. */
    public record Changed(SecretResponse secret, boolean created, long revision) {
    }

    public Changed put(AppKey key, String name, SecretRequest request) {
        App app = AppLookup.require(store, key);
        Names.requireValid("name", name);
        SecretMount mount = new SecretMount(name, request.path(), request.env(), 1);
        AppTemplate checked = withSecret(app.template(), mount);
        TemplateChecks.check(checked, TemplateChecks.prefix("secrets",
                checked.secrets().stream().map(SecretMount::name).toList(), name), ownErrors(app.template(), mount, request));
        Instant now = clock.instant();
        long version = vault.store(key, name, request.value(), now);
        SecretMount stored = new SecretMount(name, mount.path(), mount.env(), version);
        long revision = releases.deploy(app, withSecret(app.template(), stored), null, null).revision();
        return new Changed(SecretResponse.of(stored, now), app.template().secret(name).isEmpty(), revision);
    }

    public List<SecretResponse> list(AppKey key) {
        App app = AppLookup.require(store, key);
        return app.template().secrets().stream().map(s -> SecretResponse.of(s,
                vault.storedAt(key, s.name(), s.version()).orElse(null))).toList();
    }

    /** Removes the secret from the app by a new release; its stored versions stay. */
    public long delete(AppKey key, String name) {
        App app = AppLookup.require(store, key);
        if (app.template().secret(name).isEmpty()) {
            throw ApiException.notFound("secret " + name + " of " + key);
        }
        List<SecretMount> rest = new ArrayList<>(app.template().secrets());
        rest.removeIf(s -> s.name().equals(name));
        return releases.deploy(app, app.template().withSecrets(rest), null, null).revision();
    }

    private static AppTemplate withSecret(AppTemplate template, SecretMount secret) {
        List<SecretMount> secrets = new ArrayList<>(template.secrets());
        secrets.removeIf(s -> s.name().equals(secret.name()));
        secrets.add(secret);
        return template.withSecrets(secrets);
    }

    private static List<FieldError> ownErrors(AppTemplate template, SecretMount mount, SecretRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String value = request.value();
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError("value", "is required: the secret's value, not empty"));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new FieldError("value", "must not contain NUL characters"));
        } else if (value.getBytes(StandardCharsets.UTF_8).length > (mount.asFile() ? MAX_FILE_BYTES : MAX_ENV_BYTES)) {
            errors.add(new FieldError("value", "is too long: at most " + (mount.asFile() ? "1 MiB in a file"
                    : "32 KiB in an env variable")));
        }
        if (mount.asFile() && (template.configs().stream().anyMatch(c -> mount.path().equals(c.path()))
                || template.secrets().stream().anyMatch(s -> !s.name().equals(mount.name()) && mount.path().equals(s.path())))) {
            errors.add(new FieldError("path", "is used by another config file or secret of this app: " + mount.path()));
        }
        return errors;
    }
}
