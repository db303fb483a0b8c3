package io.wharf.server.configs;

import io.wharf.model.ConfigFile;

/** A config file as one release has it, content included. */
public record ConfigContent(String name, String path, int size, long revision, String content) {
    static ConfigContent of(ConfigFile config, long revision) {
        return new ConfigContent(config.name(), config.path(), ConfigResponse.size(config), revision, config.content());
    }
}
