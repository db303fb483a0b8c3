package io.wharf.server;

import io.wharf.testkit.TestRegistry;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A registry of the tests' own for servers that build or pull: started once, stopped when the JVM ends. */
public final class OwnRegistry {
    private static TestRegistry registry;

    private OwnRegistry() {
    }

    /** {@link OwnHome}'s settings, and this registry as the server's. */
    public static void register(DynamicPropertyRegistry properties, Path home) {
        OwnHome.register(properties, home);
        properties.add("wharf.registry.address", () -> get().address());
    }

    public static synchronized TestRegistry get() {
        if (registry == null) {
            registry = TestRegistry.start();
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
        }
        return registry;
    }
}
