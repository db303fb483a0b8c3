package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * After a 101 Switching Protocols: both connections drop their HTTP handlers and relay raw bytes to each
 * other until either closes or both stay silent for the idle timeout. Call on the channels' event loop.
 */
final class Tunnel {

    private Tunnel() {
    }

    static void open(Channel client, Channel backend, Duration idleTimeout) {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (client.eventLoop() != backend.eventLoop() || !client.eventLoop().inEventLoop()) {
            throw new IllegalStateException("both ends of a tunnel must be on the calling event loop");
        }
        switchToRelay(client, backend, idleTimeout);
        switchToRelay(backend, client, idleTimeout);
        if (!client.isActive() || !backend.isActive()) {
            client.close();
            backend.close();
        }
    }

    private static void switchToRelay(Channel channel, Channel peer, Duration idleTimeout) {
        ChannelPipeline pipeline = channel.pipeline();
        List<ChannelHandler> http = new ArrayList<>(pipeline.toMap().values());
        pipeline.addLast(new IdleStateHandler(0, 0, idleTimeout.toMillis(), TimeUnit.MILLISECONDS),
                new Relay(peer));
        // The framing handlers go last: removed, each passes on what it held back since the upgrade (the client's
        // next bytes, the backend's first after its 101), which must reach the relay, not an HTTP handler.
        http.sort(Comparator.comparing(handler -> handler instanceof StrictFraming
                || handler instanceof BackendResponseFraming));
        http.forEach(pipeline::remove);
        peer.flush();
        channel.config().setAutoRead(true);
    }
}
