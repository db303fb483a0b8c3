package io.wharf.server.dataplane;

import io.wharf.dns.DnsRecords;
import io.wharf.dns.SrvTarget;
import io.wharf.engine.Events;
import io.wharf.engine.endpoints.Drain;
import io.wharf.engine.endpoints.Endpoint;
import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.engine.store.Store;
import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.Gateway;
import io.wharf.gateway.Routes;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps the gateway's routes, its TCP ports and the DNS records in step with each app's ready endpoints,
 * and drains an instance that left them: it is stopped once the gateway has no request in flight to it.
 */
@Component
public class DataPlaneFeed implements EndpointListener, Drain {
    private final Routes routes;
    private final Gateway gateway;
    private final DnsRecords records;
    private final TcpFeed tcp;

    public DataPlaneFeed(Routes routes, Gateway gateway, DnsRecords records, TcpGateway tcpGateway, Store store,
                         Clock clock) {
        this.routes = routes;
        this.gateway = gateway;
        this.records = records;
        this.tcp = new TcpFeed(tcpGateway, new Events(store, clock));
    }

    @Override
    public boolean awaitDrained(String host, int port, Duration max) {
        return gateway.awaitIdle(host, port, max);
    }

    @Override
    public void endpointsChanged(AppKey key, App app, List<Endpoint> ready) {
        List<Backend> backends = GatewayMapping.backends(ready);
        if (app == null) {
            tcp.update(key, null, null, backends);
            routes.removeApp(key.system(), key.app());
            records.removeApp(key.system(), key.app());
            return;
        }
        Balancing balancing = GatewayMapping.balancing(app, ready);
        tcp.update(key, app, balancing, backends);
        routes.setApp(key.system(), key.app(), app.domains(), balancing, backends);
        records.setApp(key.system(), key.app(), app.domains(), ready.stream()
                .map(e -> new SrvTarget(e.instanceId(), e.host(), e.port())).toList());
    }
}
