package io.wharf.server.dataplane;

import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.GatewayException;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.runtime.kubernetes.lb.BackendAddress;
import io.wharf.runtime.kubernetes.lb.LoadBalancerListeners;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clusters' load-balanced Service ports as TCP ports of the gateway, shared with apps' TCP ports (round robin). */
public final class GatewayLoadBalancerListeners implements LoadBalancerListeners {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayLoadBalancerListeners.class);
    private final TcpGateway tcp;

    public GatewayLoadBalancerListeners(TcpGateway tcp) {
        this.tcp = tcp;
    }

    @Override
    public boolean route(int port, String owner, List<BackendAddress> backends) {
        try {
            tcp.claimRoute(port, owner, Balancing.ROUND_ROBIN, backends.stream()
                    .map(b -> new Backend(b.ip() + ":" + b.port(), b.ip(), b.port())).toList());
            return true;
        } catch (GatewayException e) {
            LOG.debug("{}: {}", owner, e.getMessage());
            return false;
        }
    }

    @Override
    public void close(int port, String owner) {
        tcp.release(port, owner);
    }
}
