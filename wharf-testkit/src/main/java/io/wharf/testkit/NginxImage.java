package io.wharf.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * A backend image that keeps connections alive, unlike the busybox sample: Debian's nginx on :8080
 * answering {@code hello from <hostname>} on every path but {@code /healthz}. Built by
 * {@code images/build-nginx.sh} from the host's nginx-light when missing.
 */
public final class NginxImage {
    public static final String IMAGE = "localhost/wharf/nginx-keepalive:1";

    private NginxImage() {
    }

    public static synchronized String ensure() {
        if (!PodmanCli.run(List.of("podman", "image", "exists", IMAGE)).ok()) {
            Path script = Repo.root().resolve("images").resolve("build-nginx.sh");
            PodmanCli.Result build = PodmanCli.run(List.of(script.toString(), IMAGE));
            if (!build.ok()) {
                throw new IllegalStateException(script + " failed: " + build.output());
            }
        }
        return IMAGE;
    }
}
