package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The pipeline of a client connection. */
final class FrontendInitializer extends ChannelInitializer<Channel> {

    static final int MAX_REQUEST_LINE_BYTES = 8192;

    private final GatewayContext gateway;

    FrontendInitializer(GatewayContext gateway) {
        this.gateway = gateway;
    }

    @Override
    protected void initChannel(Channel channel) {
        GatewaySettings settings = gateway.settings();
        if (PerIpAdmission.refused(channel)) {
            channel.close();
            return;
        }
        // Reads go on while a request is answered, so a client that half-closes after its request must not
        // lose the answer.
        channel.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        channel.pipeline().addLast(
                new StrictFraming(MAX_REQUEST_LINE_BYTES, settings.maxHeaderBytes(), settings.headerTimeout().toNanos()),
                // requests and answers are relayed as bytes; only the gateway's own answers are encoded
                new ClientResponseEncoder(),
                // Reader idleness only: watching writes would cost a listener per write.
                new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS),
                new ProxyFrontendHandler(gateway));
    }
}
