package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.List;
import java.util.Optional;

/** Names a local image by its repository digest, as Podman records it. */
final class ImageDigests {
    private ImageDigests() {
    }

    static Optional<String> pinned(DockerClient docker, String image) {
        if (image.contains("@sha256:")) {
            return Optional.of(image);
        }
        try {
            List<String> digests = docker.inspectImageCmd(image).exec().getRepoDigests();
            String repository = repository(image);
            return digests == null ? Optional.empty()
                    : digests.stream().filter(d -> d.startsWith(repository + "@sha256:")).findFirst();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** {@code registry:5000/team/app:tag} → {@code registry:5000/team/app}. */
    static String repository(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }
}
