package io.wharf.server.config;

import io.wharf.dns.DnsServer;
import io.wharf.gateway.Gateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Writes $WHARF_HOME/api.url once the API listens, so that the CLI finds it on any port. */
@Component
public class ApiUrlFile implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiUrlFile.class);
    private final WharfHome home;
    private final WharfProperties properties;
    private final boolean quickStart;
    private final Gateway gateway;
    private final DnsServer dns;

    public ApiUrlFile(WharfHome home, WharfProperties properties,
                      @Value("${wharf.quick-start:false}") boolean quickStart, Gateway gateway, DnsServer dns) {
        this.home = home;
        this.properties = properties;
        this.quickStart = quickStart;
        this.gateway = gateway;
        this.dns = dns;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = properties.bind().contains(":") ? "[" + properties.bind() + "]" : properties.bind();
        String url = "http://" + host + ":" + event.getWebServer().getPort();
        home.write("api.url", url + "\n");
        LOG.info("Wharf API listening on {} (token in {}); gateway on {}:{} ({}, {} event loop(s)), DNS on {}:{} for {}", url,
                home.dir().resolve("admin.token"), host, gateway.port(), gateway.transport(), gateway.eventLoops(), host, dns.port(),
                properties.domain());
        if (quickStart) {
            System.out.println(QuickStart.text(url, home.dir(), host, gateway.port(), dns.port(), properties.domain()));
        }
    }
}
