package io.wharf.gateway;

/** How an app's requests are spread over its ready backends. */
public enum Balancing {
    ROUND_ROBIN,
    LEAST_CONNECTIONS,
    /** Smooth weighted round robin (as in nginx). */
    WEIGHTED
}
