package io.wharf.runtime.kubernetes.lb;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;

/** A Service (or its Endpoints, which share its name) by namespace and name. */
record ServiceKey(String namespace, String name) {
    ServiceKey {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    static ServiceKey of(HasMetadata object) {
        return new ServiceKey(object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
