package io.wharf.server.api;

import io.wharf.engine.Events;
import io.wharf.model.AppKey;
import io.wharf.model.Routing;

/** Tells in the app's events how its routing changed. */
final class RoutingEvents {
    private RoutingEvents() {
    }

    static void record(Events events, AppKey key, Routing before, Routing after) {
        if (!after.domains().equals(before.domains())) {
            events.normal(key, "Domains", after.domains().isEmpty() ? "no custom domains"
                    : "answers to " + String.join(", ", after.domains()));
        }
        if (after.balancing() != before.balancing()) {
            events.normal(key, "Balancing", "the gateway balances by " + after.balancing().wireName());
        }
        if (!java.util.Objects.equals(after.tcpPort(), before.tcpPort())) {
            events.normal(key, "Exposed", after.tcpPort() == null ? "no TCP port on the gateway"
                    : "gateway TCP port " + after.tcpPort() + " leads to this app");
        }
    }
}
