package io.wharf.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpResponseEncoder;

/**
 * Encodes the gateway's own answers (problems, 100 Continue) and lets the bytes of relayed answers, which
 * {@link ClientResponseHead} already made, pass as they are.
 */
final class ClientResponseEncoder extends HttpResponseEncoder {

    @Override
    public boolean acceptOutboundMessage(Object msg) throws Exception {
        return !(msg instanceof ByteBuf) && super.acceptOutboundMessage(msg);
    }
}
