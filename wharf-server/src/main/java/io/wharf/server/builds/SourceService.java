package io.wharf.server.builds;

import io.wharf.build.BuildException;
import io.wharf.build.BuildInput;
import io.wharf.build.GitSource;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.Errors;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.secrets.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.springframework.stereotype.Service;

/**
 * An app's build source. The password and the webhook secret are sealed with the server's secret key,
 * bound to their app and field, and opened only to build or to check a webhook.
 */
@Service
public class SourceService {
    static final String FILE_URLS_OFF = "file:// URLs are turned off on this server, as they read its own disk:"
            + " use http:// or https://, or start the server with WHARF_BUILDS_ALLOW_FILE_URLS=true";
    private final Store store;
    private final SourceRows rows;
    private final SecretCipher cipher;
    private final Clock clock;
    private final boolean allowFileUrls;

    public SourceService(Store store, SourceRows rows, SecretCipher cipher, Clock clock, BuildProperties properties) {
        this.store = store;
        this.rows = rows;
        this.cipher = cipher;
        this.clock = clock;
        this.allowFileUrls = properties.allowFileUrls();
    }

    public SourceResponse put(AppKey key, SourceRequest request) {
        AppLookup.require(store, key);
        Errors errors = new Errors();
        check(errors, "url", () -> checkUrl(request.url()));
        check(errors, "ref", () -> GitSource.checkRef(request.ref()));
        check(errors, "dockerfile", () -> new BuildInput(request.dockerfile(), null, null, null));
        check(errors, "context", () -> new BuildInput(null, request.context(), null, null));
        errors.check(request.password() == null || request.username() != null, "password", "needs a username");
        errors.check(request.username() == null || (!request.username().isEmpty() && request.username().length() <= 255
                && request.username().chars().noneMatch(Character::isISOControl)), "username",
                "must be 1 to 255 characters without control characters");
        errors.check(request.webhookSecret() == null || request.webhookSecret().length() >= 16, "webhookSecret",
                "must be at least 16 characters");
        errors.throwIfAny();
        BuildInput paths = new BuildInput(request.dockerfile(), request.context(), null, null);
        StoredSource stored = new StoredSource(request.url(), request.ref(), paths.dockerfile(), paths.context(),
                request.username(), seal(key, "password", request.password()), Boolean.TRUE.equals(request.autoDeploy()),
                seal(key, "webhookSecret", request.webhookSecret()), clock.instant());
        rows.put(key, stored);
        return SourceResponse.of(stored);
    }

    public SourceResponse get(AppKey key) {
        return SourceResponse.of(require(key));
    }

    public void delete(AppKey key) {
        AppLookup.require(store, key);
        if (!rows.delete(key)) {
            throw ApiException.notFound("the build source of app " + key);
        }
    }

    /** The source with its credential opened, to clone from; empty when the app has none. */
    public Optional<StoredSource> find(AppKey key) {
        return rows.find(key);
    }

    /** As {@link GitSource#checkUrl}, and a {@code file://} URL only where this server allows them. */
    void checkUrl(String url) {
        GitSource.checkUrl(url);
        if (refused(url)) {
            throw new BuildException(FILE_URLS_OFF);
        }
    }

    private boolean refused(String url) {
        return GitSource.isFileUrl(url) && !allowFileUrls;
    }

    /** The source's git location and credential, to clone with. */
    public GitSource gitSource(AppKey key, StoredSource source) {
        if (refused(source.url())) {
            throw ApiException.conflict("the build source of app " + key + " is " + source.url() + ": " + FILE_URLS_OFF
                    + "; set another with PUT .../apps/" + key.app() + "/source");
        }
        return new GitSource(source.url(), source.ref(), source.username(), open(key, "password", source.password()));
    }

    /** The clear webhook secret, for the webhook receiver; empty when none is set. */
    public Optional<String> webhookSecret(AppKey key) {
        return rows.find(key).map(s -> open(key, "webhookSecret", s.webhookSecret()));
    }

    private StoredSource require(AppKey key) {
        AppLookup.require(store, key);
        return rows.find(key).orElseThrow(() -> ApiException.notFound("the build source of app " + key));
    }

    private SecretCipher.Sealed seal(AppKey key, String field, String value) {
        return value == null ? null : cipher.seal(value.getBytes(StandardCharsets.UTF_8), associatedData(key, field));
    }

    private String open(AppKey key, String field, SecretCipher.Sealed sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return new String(cipher.open(sealed, associatedData(key, field)), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the stored " + field + " of " + key + " does not open with this server's key");
        }
    }

    private static byte[] associatedData(AppKey key, String field) {
        return ("wharf-source\0" + key.system() + "\0" + key.app() + "\0" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static void check(Errors errors, String field, Runnable check) {
        try {
            check.run();
        } catch (BuildException e) {
            errors.add(field, e.getMessage());
        }
    }
}
