package io.wharf.server.api;

import io.wharf.model.Resources;

/** CPU and memory limits as they travel in JSON, for example {"cpu": "500m", "memory": "256Mi"}. */
public record ResourcesBody(String cpu, String memory) {
    public static ResourcesBody of(Resources resources) {
        return new ResourcesBody(resources.cpu(), resources.memory());
    }

    Resources toModel() {
        return new Resources(cpu, memory);
    }
}
