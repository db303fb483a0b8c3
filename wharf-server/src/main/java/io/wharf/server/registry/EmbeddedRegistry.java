package io.wharf.server.registry;

import io.wharf.server.config.WharfHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs CNCF Distribution (Debian's docker-registry) on the registry address as a child of the server,
 * storing under {@code $WHARF_HOME/registry}, and stops it with the server. When a registry already
 * answers there (another Wharf, or one the user runs) it is used as it is.
 */
@Component
public class EmbeddedRegistry implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRegistry.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private final Process process;

    public EmbeddedRegistry(RegistryProperties properties, WharfHome home) {
        this.process = properties.embedded() ? start(properties, home.dir().resolve("registry")) : null;
    }

    /** Whether this server started the registry and it still runs. */
    public boolean running() {
        return process != null && process.isAlive();
    }

    private static Process start(RegistryProperties properties, Path dir) {
        if (answers(properties)) {
            LOG.info("a registry already answers on {}: using it", properties.address());
            return null;
        }
        if (!Files.isExecutable(properties.binary())) {
            LOG.warn("no registry on {}: {} is not installed (scripts/setup-host.sh installs docker-registry);"
                    + " builds cannot push until one answers there", properties.address(), properties.binary());
            return null;
        }
        try {
            Files.createDirectories(dir.resolve("data"));
            Path config = dir.resolve("config.yml");
            Files.writeString(config, RegistryConfig.yaml(properties.address(), dir.resolve("data")));
            Process started = new ProcessBuilder(List.of(properties.binary().toString(), "serve", config.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
            if (!awaitAnswer(properties, started)) {
                started.destroy();
                LOG.error("the registry did not start on {}; see {} (is the port taken?); builds cannot push until"
                        + " one answers there", properties.address(), dir.resolve("registry.log"));
                return null;
            }
            LOG.info("registry on {} (storage {})", properties.address(), dir.resolve("data"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the registry " + properties.binary(), e);
        }
    }

    private static boolean awaitAnswer(RegistryProperties properties, Process started) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers(properties)) {
            if (!started.isAlive() || Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean answers(RegistryProperties properties) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(properties.host(), properties.port()), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
