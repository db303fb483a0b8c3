package io.wharf.server.clusters;

import io.wharf.model.Errors;
import io.wharf.runtime.kubernetes.lb.PortRange;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a cluster's load balancer port range ({@code FIRST-LAST} or one port) and says what is wrong with it. */
final class LoadBalancerPorts {
    static final String FIELD = "loadBalancer.ports";
    static final int LOWEST = 1024;
    static final int MAX_PORTS = 1000;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");

    private LoadBalancerPorts() {
    }

    /** @return null when the request asks for no load balancer, or when it is wrong (then {@code errors} says why) */
    static PortRange parse(ClusterRequest.LoadBalancer request, Set<Integer> ownPorts, Errors errors) {
        if (request == null) {
            return null;
        }
        Matcher matcher = request.ports() == null ? null : RANGE.matcher(request.ports().strip());
        if (matcher == null || !matcher.matches()) {
            errors.add(FIELD, "is required as FIRST-LAST, such as 30000-30100");
            return null;
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        if (first < LOWEST || last > 65535 || first > last) {
            errors.add(FIELD, "must be FIRST-LAST with " + LOWEST + " <= FIRST <= LAST <= 65535");
            return null;
        }
        PortRange range = new PortRange(first, last);
        if (range.size() > MAX_PORTS) {
            errors.add(FIELD, "holds " + range.size() + " ports; at most " + MAX_PORTS);
            return null;
        }
        for (int own : ownPorts) {
            if (range.contains(own)) {
                errors.add(FIELD, "contains port " + own + ", one of Wharf's own ports (API, gateway, DNS)");
                return null;
            }
        }
        return range;
    }
}
