package io.wharf.server.dataplane;

import io.wharf.dns.DnsRecords;
import io.wharf.dns.DnsServer;
import io.wharf.dns.DnsSettings;
import io.wharf.dns.ResponseRateLimit;
import io.wharf.engine.Engine;
import io.wharf.gateway.Gateway;
import io.wharf.gateway.GatewaySettings;
import io.wharf.gateway.Routes;
import io.wharf.gateway.tcp.TcpGateway;
import io.wharf.server.config.WharfProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data plane: the gateway and the DNS server, fed with endpoints by {@link DataPlaneFeed}. */
@Configuration(proxyBeanMethods = false)
public class DataPlaneConfiguration {
    @Bean
    Routes routes() {
        return new Routes();
    }

    @Bean
    DnsRecords dnsRecords() {
        return new DnsRecords();
    }

    @Bean(destroyMethod = "close")
    Gateway gateway(WharfProperties properties, Routes routes) {
        GatewaySettings d = GatewaySettings.defaults();
        WharfProperties.Gateway g = properties.gateway();
        return Gateway.start(new GatewaySettings(properties.bind(), g.port(), properties.domain(),
                g.workerThreads(), d.maxHeaderBytes(), d.maxBodyBytes(), d.idleTimeout(), d.connectTimeout(),
                d.responseTimeout(), d.heldResponseBytes(), d.upgradedIdleTimeout(), g.headerTimeout(),
                g.maxConnectionsPerIp(), g.trustedProxies()), routes);
    }

    @Bean(destroyMethod = "close")
    TcpGateway tcpGateway(WharfProperties properties) {
        return new TcpGateway(properties.bind(), GatewaySettings.defaults().connectTimeout(),
                properties.gateway().tcpIdleTimeout(), 1);
    }

    @Bean(destroyMethod = "close")
    DnsServer dnsServer(WharfProperties properties, DnsRecords records) {
        DnsSettings d = DnsSettings.defaults();
        WharfProperties.RateLimit limit = properties.dns().rateLimit();
        return DnsServer.start(new DnsSettings(properties.bind(), properties.dns().port(), properties.domain(),
                properties.dns().ttl(), properties.bind(), d.gatewayIpv6())
                .withRateLimit(new ResponseRateLimit(limit.responsesPerSecond(), limit.burst(), limit.slip())), records);
    }
}
