package io.wharf.server.dataplane;

import io.wharf.dns.DnsRecords;
import io.wharf.dns.SrvTarget;
import io.wharf.engine.endpoints.Endpoint;
import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.Routes;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** Keeps the gateway's routes and the DNS records in step with each app's ready endpoints. */
@Component
public class DataPlaneFeed implements EndpointListener {
    private static final int DEFAULT_WEIGHT = 100;
    private final Routes routes;
    private final DnsRecords records;

    public DataPlaneFeed(Routes routes, DnsRecords records) {
        this.routes = routes;
        this.records = records;
    }

    @Override
    public void endpointsChanged(AppKey key, App app, List<Endpoint> ready) {
        if (app == null) {
            routes.removeApp(key.system(), key.app());
            records.removeApp(key.system(), key.app());
            return;
        }
        routes.setApp(key.system(), key.app(), app.domains(), Balancing.ROUND_ROBIN, ready.stream()
                .map(e -> new Backend(e.instanceId(), e.host(), e.port(), DEFAULT_WEIGHT)).toList());
        records.setApp(key.system(), key.app(), app.domains(), ready.stream()
                .map(e -> new SrvTarget(e.instanceId(), e.host(), e.port())).toList());
    }
}
