package io.wharf.server.api;

/** What an app opens on the gateway besides HTTP: {@code {"tcp": 15432}}; {@code {}} closes it. */
public record ExposeBody(Integer tcp) {
    static ExposeBody of(Integer tcpPort) {
        return tcpPort == null ? null : new ExposeBody(tcpPort);
    }
}
