package io.wharf.server.terminal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.engine.Engine;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.api.Permits;
import io.wharf.server.auth.Caller;
import io.wharf.server.auth.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.socket.server.HandshakeHandler;

/**
 * Opens an interactive terminal in an instance: a WebSocket on the same path as the one-shot exec,
 * with Kubernetes' query ({@code ?command=sh&stdin=true&tty=true}) and channel framing. Everything
 * that can be refused is refused before the upgrade, as a problem: the security chain has already
 * checked the token and the caller's role; here the query (422), the app and instance (404), the
 * handshake (426, 400) and the cap on exec sessions (429). The permit taken here is the session's
 * until it ends.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/instances/{instance}/exec")
public class TerminalController {
    private final Engine engine;
    private final Store store;
    private final Permits permits;
    private final TerminalSocketHandler handler;
    private final HandshakeHandler handshake;

    TerminalController(Engine engine, Store store, @Qualifier("execPermits") Permits permits,
                       TerminalSocketHandler handler, HandshakeHandler handshake) {
        this.engine = engine;
        this.store = store;
        this.permits = permits;
        this.handler = handler;
        this.handshake = handshake;
    }

    @GetMapping
    @Operation(summary = "Open an interactive terminal in the instance (WebSocket)", description = """
            A WebSocket (GET with Upgrade: websocket) speaking Kubernetes' exec protocol: ask for the subprotocol \
            v5.channel.k8s.io or v4.channel.k8s.io. Every binary message starts with its channel: 0 input, 1 output, \
            2 error, 3 how the command ended (a Kubernetes Status; exit code in details.causes[reason=ExitCode]), \
            4 terminal size {"Width":80,"Height":24}, 255 end of input (v5). The token goes in Authorization, or \
            from a browser as the subprotocol base64url.bearer.authorization.k8s.io.<token in base64url>.""")
    @ApiResponse(responseCode = "101", description = "Switching Protocols: the terminal is open")
    @ApiResponse(responseCode = "426", description = "Not a WebSocket handshake", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    void open(@PathVariable String system, @PathVariable String app, @PathVariable String instance,
              @RequestParam(required = false) List<String> command, @RequestParam(required = false) String stdin,
              @RequestParam(required = false) String tty, HttpServletRequest request, HttpServletResponse response) {
        TerminalParams params = TerminalParams.of(command, stdin, tty);
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        Upgrades.require(request);
        if (engine.instances(key).stream().noneMatch(i -> i.id().equals(instance))) {
            throw ApiException.notFound("instance " + instance + " of app " + key);
        }
        String user = Callers.current().map(Caller::user).orElseThrow(() -> new IllegalStateException("no caller"));
        TerminalSpec spec = new TerminalSpec(key, instance, new TerminalRequest(params.command(), params.stdin(),
                params.tty(), null), user, permits.acquire());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(TerminalSpec.ATTRIBUTE, spec);
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        boolean upgraded = false;
        try {
            upgraded = handshake.doHandshake(new ServletServerHttpRequest(request), answer, handler, attributes);
        } finally {
            if (!upgraded) {
                spec.release();
            }
            answer.close();
        }
    }
}
