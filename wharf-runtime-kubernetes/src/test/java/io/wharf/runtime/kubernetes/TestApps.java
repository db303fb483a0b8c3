package io.wharf.runtime.kubernetes;

import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.ConfigFile;
import io.wharf.model.HealthCheck;
import io.wharf.model.Resources;
import io.wharf.model.SecretMount;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Apps as users describe them, for the tests of this module. */
final class TestApps {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final SecretValues SECRETS = (app, name, version) -> "s3cret-" + name + "-" + version;

    /** Secret values, and credentials of system "shop" for registry.example. */
    static final SecretValues WITH_REGISTRY = new SecretValues() {
        @Override
        public String value(io.wharf.model.AppKey app, String name, long version) {
            return SECRETS.value(app, name, version);
        }

        @Override
        public java.util.Optional<io.wharf.engine.runtime.RegistryAuth> registryAuth(String system, String registry) {
            return system.equals("shop") && registry.equals("registry.example")
                    ? java.util.Optional.of(new io.wharf.engine.runtime.RegistryAuth("puller", "pull-pw"))
                    : java.util.Optional.empty();
        }
    };

    private TestApps() {
    }

    static AppTemplate template(AppType type) {
        return new AppTemplate("registry.example/shop/web:1", 8080, type, List.of("serve", "--port", "8080"),
                Map.of("LOG_LEVEL", "info"), new Resources("500m", "256Mi"), HealthCheck.http("/healthz"),
                List.of(new ConfigFile("app", "/etc/web/app.conf", "greeting=hello\n")),
                List.of(new SecretMount("db", null, null, 1), new SecretMount("token", null, "API_TOKEN", 2)),
                List.of("NET_BIND_SERVICE"));
    }

    static App web(AppType type) {
        return new App("shop", "web", 3, template(type), 1, NOW, NOW, List.of("shop.example.com"));
    }

    static App web() {
        return web(AppType.ONLINE);
    }

    static AppObjects objects() {
        return new AppObjects(KubernetesSettings.defaults(), SECRETS);
    }
}
