package io.wharf.gateway;

import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;

/** Reads a backend's responses; told whether the request was a HEAD, whose answer has no body whatever it says. */
final class BackendResponseDecoder extends HttpResponseDecoder {

    private boolean headRequest;

    BackendResponseDecoder(int maxHeaderBytes) {
        super(new HttpDecoderConfig().setMaxInitialLineLength(4096).setMaxHeaderSize(maxHeaderBytes)
                .setMaxChunkSize(65536));
    }

    /** Called for each request sent on this connection, before it is sent. */
    void answering(boolean headRequest) {
        this.headRequest = headRequest;
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage message) {
        return headRequest && ((HttpResponse) message).status().code() >= 200 || super.isContentAlwaysEmpty(message);
    }
}
