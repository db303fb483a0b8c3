package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.wharf.model.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests and limits of an app's container in its scheduling class: limits are the app's resources,
 * requests a share of them (all of them for Guaranteed QoS). No resources give BestEffort.
 */
final class PodResources {
    static final String GPU = "nvidia.com/gpu";

    private PodResources() {
    }

    static ResourceRequirements of(Resources resources, SchedulingClass schedulingClass) {
        Map<String, Quantity> limits = new LinkedHashMap<>();
        Map<String, Quantity> requests = new LinkedHashMap<>();
        int percent = schedulingClass.requestPercent();
        if (resources.cpu() != null) {
            long millis = resources.cpuMillis();
            limits.put("cpu", new Quantity(ResourceQuantities.cpu(millis)));
            requests.put("cpu", new Quantity(ResourceQuantities.cpu(Math.max(1, millis * percent / 100))));
        }
        if (resources.memory() != null) {
            long bytes = resources.memoryBytes();
            limits.put("memory", new Quantity(ResourceQuantities.memory(bytes)));
            requests.put("memory", new Quantity(ResourceQuantities.memory(Math.max(1, bytes * percent / 100))));
        }
        int gpus = resources.gpus() > 0 ? resources.gpus() : schedulingClass.gpus();
        if (gpus > 0) {
            // extended resources cannot be overcommitted: the request must equal the limit
            limits.put(GPU, new Quantity(Integer.toString(gpus)));
            requests.put(GPU, new Quantity(Integer.toString(gpus)));
        }
        ResourceRequirements requirements = new ResourceRequirements();
        requirements.setLimits(limits);
        requirements.setRequests(requests);
        return requirements;
    }
}
