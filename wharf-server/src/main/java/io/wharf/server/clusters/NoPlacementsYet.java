package io.wharf.server.clusters;

import java.util.List;
import org.springframework.stereotype.Component;

/** Apps cannot be placed on registered clusters yet (placement is still to come), so none is in use. */
@Component
class NoPlacementsYet implements ClusterUsage {
    @Override
    public List<String> appsOn(String cluster) {
        return List.of();
    }
}
