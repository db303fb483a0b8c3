package io.wharf.engine.runtime;

import java.util.Map;

/** Creates a {@link Runtime} from settings; one provider per runtime module, found by ServiceLoader. */
public interface RuntimeProvider {
    /** The kind this provider serves, for example "podman". */
    String kind();

    Runtime create(Map<String, String> settings);
}
