package io.wharf.engine.runtime;

import java.util.Optional;

/** A runtime that can name an image by its content digest, so that a promotion deploys exactly those bytes. */
public interface SupportsImageDigests {
    /**
     * The image as {@code repository@sha256:...}, for an image the runtime has; empty when it has
     * no such image or knows no digest for it. A reference with a digest already is returned as is.
     */
    Optional<String> pinned(String image);
}
