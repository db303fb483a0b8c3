package io.wharf.server.configs;

import io.wharf.model.ConfigFile;
import java.nio.charset.StandardCharsets;

/**
 * A config file without its content: {@code revision} is the release it was last changed in (null
 * while it is staged), {@code staged} says it waits for the app's next release.
 */
public record ConfigResponse(String name, String path, int size, Long revision, boolean staged) {
    static ConfigResponse of(ConfigFile config, Long revision, boolean staged) {
        return new ConfigResponse(config.name(), config.path(), size(config), revision, staged);
    }

    static int size(ConfigFile config) {
        return config.content().getBytes(StandardCharsets.UTF_8).length;
    }
}
