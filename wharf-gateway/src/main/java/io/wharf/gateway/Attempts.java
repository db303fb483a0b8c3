package io.wharf.gateway;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which backends one request has tried, and whether it may try again. Only an idempotent request that
 * sent no body byte is tried again: once on another backend (on the same one when it could not be
 * reached and the app has no other), and once more on a new connection when a pooled connection turns
 * out to have been closed by its backend while idle.
 */
final class Attempts {

    /** How an attempt failed, before any of its response reached the client. */
    enum Failure {
        /** No connection could be made: nothing reached the backend. */
        CONNECT,
        /** A pooled connection broke before any response byte: its backend had closed it while idle. */
        STALE,
        /** The backend's connection broke while it had the request, or in the middle of its response. */
        BROKEN
    }

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final AppRoute route;
    private final boolean idempotent;
    private final List<Backend> tried = new ArrayList<>(2);
    private Failure last;
    private boolean retried;
    private boolean newConnectionsOnly;

    Attempts(AppRoute route, HttpMethod method) {
        this.route = Objects.requireNonNull(route, "route");
        this.idempotent = IDEMPOTENT.contains(Objects.requireNonNull(method, "method"));
    }

    /**
     * The backends to try now among those the app has now ({@code now}, or the request's route if the app
     * is gone; ejected ones only if nothing else is left); empty when none is. A backend taken out of the
     * route since the request came, such as an instance being stopped, is not tried again.
     */
    List<Backend> candidates(AppRoute now, BackendHealth health) {
        List<Backend> backends = now == null ? route.backends() : now.backends();
        if (last == Failure.STALE) {
            return health.usable(backends, Set.of());
        }
        List<Backend> others = health.usable(backends, Set.copyOf(tried));
        if (others.isEmpty() && last == Failure.CONNECT) {
            return health.usable(backends, Set.of());
        }
        return others;
    }

    void trying(Backend backend) {
        tried.add(Objects.requireNonNull(backend, "backend"));
    }

    /** Whether the next attempt must open a new connection rather than take a pooled one. */
    boolean newConnectionsOnly() {
        return newConnectionsOnly;
    }

    /** Whether the attempt that failed so may be followed by another; if so, it counts as made. */
    boolean retry(Failure failure, boolean bodySent) {
        if (!idempotent || bodySent) {
            return false;
        }
        if (failure == Failure.STALE) {
            if (newConnectionsOnly) {
                return false;
            }
            newConnectionsOnly = true;
        } else if (retried) {
            return false;
        } else {
            retried = true;
        }
        last = failure;
        return true;
    }

    /** Whether a response is worth holding until complete: a break in its middle could be retried on another backend. */
    boolean anotherPossible(boolean bodySent) {
        return idempotent && !bodySent && !retried && route.backends().size() > 1;
    }
}
