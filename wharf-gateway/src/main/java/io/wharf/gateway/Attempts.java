package io.wharf.gateway;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which backends one request has tried, and whether it may try another: once, if idempotent. */
final class Attempts {

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);
    private static final int MAX_ATTEMPTS = 2;

    private final AppRoute route;
    private final boolean idempotent;
    private Backend first;
    private Backend second;

    Attempts(AppRoute route, HttpMethod method) {
        this.route = Objects.requireNonNull(route, "route");
        this.idempotent = IDEMPOTENT.contains(Objects.requireNonNull(method, "method"));
    }

    /**
     * The backends still to try among those the app has now (ejected ones only if nothing else is
     * left); empty when none is. A backend taken out of the route since the request came, such as
     * an instance being stopped, is not tried again.
     */
    List<Backend> candidates(AppRoute now, BackendHealth health) {
        return health.usable(now == null ? route.backends() : now.backends(), tried());
    }

    void trying(Backend backend) {
        if (first == null) {
            first = backend;
        } else if (second == null) {
            second = backend;
        } else {
            throw new IllegalStateException("at most " + MAX_ATTEMPTS + " attempts");
        }
    }

    private Set<Backend> tried() {
        if (first == null) {
            return Set.of();
        }
        return second == null ? Set.of(first) : Set.of(first, second);
    }

    private int triedCount() {
        return first == null ? 0 : second == null ? 1 : 2;
    }

    /** Whether a failure of the current attempt, with no body byte sent, could be retried on another backend. */
    boolean anotherPossible(boolean bodySent) {
        int tried = triedCount();
        return idempotent && !bodySent && tried < MAX_ATTEMPTS && tried < route.backends().size();
    }
}
