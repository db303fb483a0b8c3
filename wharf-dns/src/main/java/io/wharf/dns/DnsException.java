package io.wharf.dns;

/** Thrown when the DNS server cannot start or is used wrongly. */
public class DnsException extends RuntimeException {

    public DnsException(String message) {
        super(message);
    }

    public DnsException(String message, Throwable cause) {
        super(message, cause);
    }
}
