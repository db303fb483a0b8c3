package io.wharf.engine.runtime;

import io.wharf.engine.EngineException;

/**
 * A runtime could not get an instance's image: it is missing, the registry refused the credentials or
 * could not be reached. The message is the registry's reason. Another start of the same release
 * would fail the same way, so its rollout fails at once instead of waiting for its deadline.
 */
public class ImagePullException extends EngineException {
    public ImagePullException(String message) {
        super(message);
    }

    public ImagePullException(String message, Throwable cause) {
        super(message, cause);
    }
}
