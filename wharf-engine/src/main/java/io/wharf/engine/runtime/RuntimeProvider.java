package io.wharf.engine.runtime;

import java.util.Map;

/**
 * Creates a {@link Runtime} from settings, an {@link InstanceRuntime} or a {@link DeploymentRuntime}
 * depending on the kind; one provider per runtime module, found by ServiceLoader.
 */
public interface RuntimeProvider {
    /** The kind this provider serves, for example "podman". */
    String kind();

    Runtime create(Map<String, String> settings);
}
