package io.wharf.server.registries;

import io.wharf.model.AppTemplate;
import io.wharf.model.ImageReference;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pins a release's image to the digest its tag names in the registry when the release is made, so
 * that every instance of the release, and a rollback to it, runs those very bytes. Images built on
 * this machine ({@code localhost/...}) come from no registry and stay as they are: their releases
 * record no digest. An image the registry cannot name (missing, refused, unreachable) stays as it
 * is too: the rollout then fails at once with the registry's reason when the runtime pulls it.
 */
@Service
public class ImagePins {
    private static final Logger LOG = LoggerFactory.getLogger(ImagePins.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final RegistryCredentials credentials;
    private final ManifestDigests digests = new ManifestDigests(TIMEOUT);

    public ImagePins(RegistryCredentials credentials) {
        this.credentials = java.util.Objects.requireNonNull(credentials, "credentials");
    }

    /** The template with its image pinned, or as it is when it cannot be (see the class comment). */
    public AppTemplate pin(String system, AppTemplate template) {
        return pinned(system, template.image()).map(template::withImage).orElse(template);
    }

    Optional<String> pinned(String system, String image) {
        if (!AppTemplate.isImageReference(image)) {
            return Optional.empty();
        }
        ImageReference ref = ImageReference.parse(image);
        if (ref.localOnly() || ref.digest() != null) {
            return Optional.empty();
        }
        try {
            return digests.digest(ref, credentials.open(system, ref.registry()).orElse(null))
                    .map(digest -> image.substring(0, image.length() - (ref.tag() == null ? 0 : ref.tag().length() + 1))
                            + "@" + digest);
        } catch (IOException e) {
            LOG.info("the registry of {} could not be asked for its digest: {}", image, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** {@code sha256:...} of a pinned image, else null. */
    public static String digestOf(String image) {
        int at = image == null ? -1 : image.indexOf("@sha256:");
        return at < 0 ? null : image.substring(at + 1);
    }
}
