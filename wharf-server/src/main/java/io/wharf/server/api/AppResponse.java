package io.wharf.server.api;

import io.wharf.model.App;
import io.wharf.model.AppStatus;
import io.wharf.model.AppTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An app as the API shows it: its desired state and its observed status. */
public record AppResponse(String system, String name, String image, int replicas, Integer port, String type,
                          List<String> command, Map<String, String> env, ResourcesBody resources,
                          HealthCheckBody healthCheck, List<String> capabilities, Integer stopGraceSeconds, List<String> domains, String balancing, ExposeBody expose,
                          PlacementBody placement, AutoscaleBody autoscale, long revision, Instant createdAt, Instant updatedAt, AppStatus status) {
    static AppResponse of(App app, AppStatus status) {
        AppTemplate t = app.template();
        return new AppResponse(app.system(), app.name(), t.image(), app.replicas(), t.port(), t.type().wireName(),
                t.command(), new java.util.TreeMap<>(t.env()), ResourcesBody.of(t.resources()),
                HealthCheckBody.of(t.healthCheck()), t.capabilities(), t.stopGraceSeconds(), app.domains(), app.routing().balancing().wireName(),
                ExposeBody.of(app.routing().tcpPort()),
                PlacementBody.of(app.placement(), app.replicas()), AutoscaleBody.of(app.autoscale()), app.revision(), app.createdAt(), app.changedAt(), status);
    }
}
