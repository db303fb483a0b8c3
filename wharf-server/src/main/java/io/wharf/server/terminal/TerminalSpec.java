package io.wharf.server.terminal;

import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.model.AppKey;
import io.wharf.server.api.Permits;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a terminal was opened for, handed from the request to its WebSocket session: the app's
 * instance, the command, who asked, and the exec permit the session holds until it ends.
 */
final class TerminalSpec {
    static final String ATTRIBUTE = TerminalSpec.class.getName();
    private final AppKey app;
    private final String instance;
    private final TerminalRequest request;
    private final String user;
    private final Permits.Permit permit;
    private final AtomicBoolean released = new AtomicBoolean();

    TerminalSpec(AppKey app, String instance, TerminalRequest request, String user, Permits.Permit permit) {
        this.app = app;
        this.instance = instance;
        this.request = request;
        this.user = user;
        this.permit = permit;
    }

    AppKey app() {
        return app;
    }

    String instance() {
        return instance;
    }

    TerminalRequest request() {
        return request;
    }

    String user() {
        return user;
    }

    /** Gives the permit back, once however often it is called. */
    void release() {
        if (released.compareAndSet(false, true)) {
            permit.close();
        }
    }
}
