package io.wharf.gateway;

/** The one unchecked exception of the gateway: bad settings, bad routes, a failed bind. */
public class GatewayException extends RuntimeException {

    public GatewayException(String message) {
        super(message);
    }

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
