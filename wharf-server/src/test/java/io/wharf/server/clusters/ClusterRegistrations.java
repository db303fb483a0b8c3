package io.wharf.server.clusters;

import io.wharf.server.ApiClient;
import io.wharf.server.ApiClient.Response;

/** Registering clusters through the API, for the tests of clusters, placement and load balancers. */
final class ClusterRegistrations {
    private ClusterRegistrations() {
    }

    /** @param moreFields further JSON fields of the request, such as {@code "labels": {...}}, or empty */
    static Response register(ApiClient api, String name, String kubeconfig, String moreFields) {
        return api.post("/api/v1/clusters", """
                {"name": "%s", "kind": "kubernetes", "kubeconfig": %s%s}"""
                .formatted(name, quoted(kubeconfig), moreFields.isEmpty() ? "" : ", " + moreFields));
    }

    /** A text as a JSON string. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
