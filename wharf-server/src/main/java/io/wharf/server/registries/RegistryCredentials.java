package io.wharf.server.registries;

import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.engine.store.Store;
import io.wharf.model.Errors;
import io.wharf.server.api.ApiException;
import io.wharf.server.secrets.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each system's credentials for image registries: the password is sealed with the server's secret
 * key, bound to its system and host, and is read back only to pull images; never shown, never logged.
 */
@Service
public class RegistryCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryCredentials.class);
    private static final Pattern HOST = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]{1,5})?");
    private final RegistryRows rows;
    private final SecretCipher cipher;
    private final Store store;
    private final Clock clock;

    public RegistryCredentials(JdbcClient jdbc, SecretCipher cipher, Store store, Clock clock) {
        this.rows = new RegistryRows(jdbc);
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the API shows of a credential: never the password. */
    public record View(String host, String username, java.time.Instant updatedAt) {
    }

    public record Put(String username, String password) {
        @Override
        public String toString() {
            return "Put[username=" + username + ", password=(hidden)]";
        }
    }

    public View put(String system, String host, Put request) {
        requireSystem(system);
        Errors errors = new Errors();
        checkHost(errors, host);
        errors.check(request != null && request.username() != null && !request.username().isBlank()
                && request.username().length() <= 255, "username", "is required, at most 255 characters");
        errors.check(request != null && request.password() != null && !request.password().isEmpty()
                && request.password().length() <= 4096, "password", "is required, at most 4096 characters");
        errors.throwIfAny();
        RegistryRows.Row row = new RegistryRows.Row(host, request.username(),
                cipher.seal(request.password().getBytes(StandardCharsets.UTF_8), associatedData(system, host)),
                clock.instant());
        rows.put(system, row);
        return view(row);
    }

    public List<View> list(String system) {
        requireSystem(system);
        return rows.list(system).stream().map(RegistryCredentials::view).toList();
    }

    public void delete(String system, String host) {
        requireSystem(system);
        if (!rows.delete(system, host)) {
            throw ApiException.notFound("credentials for registry " + host + " in system " + system);
        }
    }

    /** The clear credentials for pulling; empty when there are none or they no longer open. */
    public Optional<RegistryAuth> open(String system, String host) {
        return rows.find(system, host).flatMap(row -> {
            try {
                byte[] password = cipher.open(row.password(), associatedData(system, host));
                return Optional.of(new RegistryAuth(row.username(), new String(password, StandardCharsets.UTF_8)));
            } catch (AEADBadTagException e) {
                LOG.warn("the credentials of system {} for registry {} cannot be decrypted: changed in the database,"
                        + " or another secret key; pulling without them", system, host);
                return Optional.empty();
            }
        });
    }

    private void requireSystem(String system) {
        if (store.findSystem(system).isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
    }

    static void checkHost(Errors errors, String host) {
        errors.check(host != null && host.length() <= 255 && HOST.matcher(host).matches(), "host",
                "must be a registry host as in image references, in lower case, for example registry.example.org"
                        + " or 127.0.0.1:5000");
    }

    private static View view(RegistryRows.Row row) {
        return new View(row.host(), row.username(), row.updatedAt());
    }

    /** Names are DNS labels and hosts have no NUL, so the separator cannot be forged. */
    static byte[] associatedData(String system, String host) {
        return ("wharf-registry\0" + system + "\0" + host).getBytes(StandardCharsets.UTF_8);
    }
}
