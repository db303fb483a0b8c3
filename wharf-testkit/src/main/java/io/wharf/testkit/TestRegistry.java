package io.wharf.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * A real OCI registry for tests: Debian's {@code docker-registry} (CNCF Distribution) on a free
 * 127.0.0.1 port, plain HTTP, storage in a temporary directory, optionally with one htpasswd user.
 * Images go in with {@code skopeo copy} from local storage; {@code skopeo inspect} reads them back.
 */
public final class TestRegistry implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final int ATTEMPTS = 3;
    private final Path dir;
    private final String username;
    private final String password;
    private int port;
    private Process process;

    private TestRegistry(String username, String password) {
        this.dir = Homes.create("reg");
        this.username = username;
        this.password = password;
        // a free port can be taken by another process before the registry binds it: try another one
        for (int attempt = 1; !startOnFreePort(); attempt++) {
            if (attempt == ATTEMPTS) {
                String log = readLog();
                close();
                throw new IllegalStateException("docker-registry did not answer within " + START_TIMEOUT + " on any of "
                        + ATTEMPTS + " ports; its log: " + log);
            }
        }
    }

    private boolean startOnFreePort() {
        this.port = freePort();
        try {
            Files.writeString(dir.resolve("config.yml"), config());
            this.process = new ProcessBuilder("/usr/bin/docker-registry", "serve", dir.resolve("config.yml").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start /usr/bin/docker-registry (Debian package docker-registry)", e);
        }
        if (awaitAnswer()) {
            return true;
        }
        stopProcess();
        return false;
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("registry.log"));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** A registry anyone may push to and pull from. */
    public static TestRegistry start() {
        return new TestRegistry(null, null);
    }

    /** A registry that answers only this user (htpasswd, bcrypt), for pushes and pulls alike. */
    public static TestRegistry withUser(String username, String password) {
        return new TestRegistry(username, password);
    }

    /** {@code 127.0.0.1:PORT}, the registry part of its image references. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** The image reference {@code 127.0.0.1:PORT/repositoryAndTag}. */
    public String image(String repositoryAndTag) {
        return address() + "/" + repositoryAndTag;
    }

    /** Copies an image of local storage into the registry as {@code repositoryAndTag}; returns the reference. */
    public String push(String localImage, String repositoryAndTag) {
        String target = image(repositoryAndTag);
        List<String> command = new ArrayList<>(List.of("skopeo", "copy", "--quiet", "--dest-tls-verify=false"));
        if (username != null) {
            command.addAll(List.of("--dest-creds", username + ":" + password));
        }
        command.addAll(List.of("containers-storage:" + localImage, "docker://" + target));
        skopeo(command);
        return target;
    }

    /**
     * Makes an image that exists nowhere else ({@code FROM base} plus a label of its own), pushes it as
     * {@code repositoryAndTag}, and removes it from local storage: only the registry has it then.
     */
    public String pushUnique(String base, String repositoryAndTag) {
        String local = "localhost/wharf-test/unique-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        Path context = dir.resolve("build-" + UUID.randomUUID());
        try {
            Files.createDirectories(context);
            Files.writeString(context.resolve("Containerfile"), "FROM " + base + "\nLABEL wharf.test.unique=\""
                    + UUID.randomUUID() + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PodmanCli.podman("build", "-q", "-t", local, context.toString());
        String pushed = push(local, repositoryAndTag);
        removeFromLocalStorage(local);
        return pushed;
    }

    /** Removes every local image name of this repository, so that a start must pull it. */
    public static void removeFromLocalStorage(String image) {
        PodmanCli.run(List.of("podman", "rmi", "-f", image));
    }

    /** The digest the registry serves for {@code repositoryAndTag}, as skopeo reads it. */
    public String digest(String repositoryAndTag) {
        List<String> command = new ArrayList<>(List.of("skopeo", "inspect", "--tls-verify=false", "--format", "{{.Digest}}"));
        if (username != null) {
            command.addAll(List.of("--creds", username + ":" + password));
        }
        command.add("docker://" + image(repositoryAndTag));
        return skopeo(command);
    }

    private static String skopeo(List<String> command) {
        PodmanCli.Result result = PodmanCli.run(command);
        if (!result.ok()) {
            throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed: " + result.output());
        }
        return result.output().trim();
    }

    private String config() throws IOException {
        StringBuilder yaml = new StringBuilder("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n"
                + "    rootdirectory: " + dir.resolve("data") + "\n  delete:\n    enabled: true\n"
                + "http:\n  addr: " + address() + "\n");
        if (username != null) {
            Path htpasswd = dir.resolve("htpasswd");
            Files.writeString(htpasswd, username + ":" + BCrypt.hashpw(password, BCrypt.gensalt()) + "\n");
            yaml.append("auth:\n  htpasswd:\n    realm: wharf-test\n    path: ").append(htpasswd).append('\n');
        }
        return yaml.toString();
    }

    private boolean awaitAnswer() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < until && process.isAlive()) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://" + address() + "/v2/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 401) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Homes.delete(dir);
        } catch (Exception e) {
            // a temp directory left behind harms no test
        }
    }

    private void stopProcess() {
        process.destroy();
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
