package io.wharf.server.releases;

import io.wharf.server.api.HealthCheckBody;
import io.wharf.server.api.ResourcesBody;
import java.util.List;
import java.util.Map;

/**
 * A deploy: what changes from the current release (what is left out stays), how to roll it out,
 * or {@code from}: the system whose same-named app's current release to deploy exactly. {@code version}
 * ("v3" or a commit prefix) deploys the image of one of the app's versions, by digest.
 */
public record ReleaseRequest(String image, List<String> command, Map<String, String> env, ResourcesBody resources,
                             HealthCheckBody healthCheck, StrategyBody strategy, String from, String version) {
    boolean changesTemplate() {
        return image != null || version != null || command != null || env != null || resources != null
                || healthCheck != null;
    }
}
