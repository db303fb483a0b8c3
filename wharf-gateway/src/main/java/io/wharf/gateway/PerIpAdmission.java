package io.wharf.gateway;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;

/**
 * On the listening channel: counts each accepted connection against its IP's cap in the order the connections were
 * accepted, and marks those over it for {@link FrontendInitializer} to close. Deciding later, on the connections' own
 * event loops, would let a later connection on an idle loop take the place of an earlier one on a busy loop.
 */
@Sharable
final class PerIpAdmission extends ChannelInboundHandlerAdapter {

    private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf(PerIpAdmission.class, "refused");

    private final ConnectionsPerIp connectionsPerIp;

    PerIpAdmission(ConnectionsPerIp connectionsPerIp) {
        this.connectionsPerIp = connectionsPerIp;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof Channel child && !connectionsPerIp.admit(child)) {
                child.attr(REFUSED).set(Boolean.TRUE);
            }
        } finally {
            ctx.fireChannelRead(msg);
        }
    }

    static boolean refused(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(REFUSED).get());
    }
}
