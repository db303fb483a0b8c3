package io.wharf.server.registry;

import java.nio.file.Path;

/** The configuration file of the embedded CNCF Distribution registry: plain HTTP on one address, files under the home. */
final class RegistryConfig {
    private RegistryConfig() {
    }

    static String yaml(String address, Path storage) {
        return """
                version: 0.1
                log:
                  level: info
                  accesslog:
                    disabled: true
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                http:
                  addr: %s
                  headers:
                    X-Content-Type-Options: [nosniff]
                """.formatted(quoted(storage.toAbsolutePath().toString()), quoted(address));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
