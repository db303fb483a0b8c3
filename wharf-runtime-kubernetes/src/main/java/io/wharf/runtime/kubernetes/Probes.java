package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.wharf.model.AppTemplate;
import io.wharf.model.HealthCheck;

/** The readiness probe of an app's health check: a pod takes traffic only while it passes. */
final class Probes {
    private Probes() {
    }

    /** Null when the app has no health check: the pod is ready once it runs. */
    static Probe readiness(AppTemplate template) {
        HealthCheck check = template.healthCheck();
        if (check == null) {
            return null;
        }
        IntOrString port = new IntOrString(check.effectivePort(template.port()));
        ProbeBuilder probe = new ProbeBuilder()
                .withPeriodSeconds(check.periodSeconds())
                .withTimeoutSeconds(check.timeoutSeconds())
                .withFailureThreshold(check.failureThreshold());
        if (check.type() == HealthCheck.Type.HTTP) {
            return probe.withNewHttpGet().withPath(check.path()).withPort(port).endHttpGet().build();
        }
        return probe.withNewTcpSocket().withPort(port).endTcpSocket().build();
    }
}
