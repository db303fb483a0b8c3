package io.wharf.server.api;

import io.wharf.model.Resources;

/** Limits as they travel in JSON, for example {"cpu": "500m", "memory": "256Mi", "gpu": 1}. */
public record ResourcesBody(String cpu, String memory, Integer gpu) {
    public static ResourcesBody of(Resources resources) {
        return new ResourcesBody(resources.cpu(), resources.memory(), resources.gpu());
    }

    Resources toModel() {
        return new Resources(cpu, memory, gpu);
    }
}
