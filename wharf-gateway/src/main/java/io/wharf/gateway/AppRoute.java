package io.wharf.gateway;

import java.util.List;

/** One app as routed: its custom domains, its balancer and its ready backends. */
record AppRoute(String system, String app, List<String> customDomains, Balancing balancing,
                Balancer balancer, List<Backend> backends) {

    String key() {
        return key(system, app);
    }

    static String key(String system, String app) {
        return system + "/" + app;
    }
}
