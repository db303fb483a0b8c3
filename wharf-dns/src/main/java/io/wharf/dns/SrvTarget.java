package io.wharf.dns;

/**
 * One ready instance of an app, published as {@code <instanceId>.<app>.<system>.<zone>}
 * (A or AAAA → host) and as a target of {@code _http._tcp.<app>.<system>.<zone>} (SRV → port).
 *
 * @param instanceId a DNS label, stored lower-case
 * @param host an IPv4 or IPv6 literal
 * @param port 1..65535
 */
public record SrvTarget(String instanceId, String host, int port) {

    public SrvTarget {
        instanceId = Names.label(instanceId, "instanceId");
        Names.anyIp(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in 1..65535: " + port);
        }
    }
}
