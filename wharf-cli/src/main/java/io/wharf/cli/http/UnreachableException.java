package io.wharf.cli.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** No answer came from the server: it is not running, not at that address, or too slow. */
public final class UnreachableException extends RuntimeException {
    private final String server;

    public UnreachableException(String server, IOException cause) {
        super(reason(cause), cause);
        this.server = server;
    }

    public String server() {
        return server;
    }

    private static String reason(IOException cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "timed out while connecting";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof SocketTimeoutException) {
            return cause.getMessage() != null && cause.getMessage().contains("connect")
                    ? "timed out while connecting" : "no answer in time";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
