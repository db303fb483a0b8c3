package io.wharf.server.terminal;

import io.wharf.server.api.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * What a terminal request must be before it is upgraded: a WebSocket handshake (426 otherwise) that
 * offers one of the channel protocols (400 otherwise), so that a mistaken client hears why as a
 * problem, not as a bare handshake failure.
 */
final class Upgrades {
    private Upgrades() {
    }

    static void require(HttpServletRequest request) {
        String upgrade = request.getHeader("Upgrade");
        if (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).contains("websocket")) {
            throw new ApiException(HttpStatus.UPGRADE_REQUIRED, "WebSocket required", "this operation opens a "
                    + "terminal over a WebSocket: connect with a WebSocket client and the subprotocol "
                    + TerminalSocketHandler.PROTOCOLS.get(0) + " (wharf exec -it SYSTEM/APP -- sh does)");
        }
        boolean offered = Collections.list(request.getHeaders("Sec-WebSocket-Protocol")).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim).anyMatch(TerminalSocketHandler.PROTOCOLS::contains);
        if (!offered) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "No channel protocol", "ask for the WebSocket subprotocol "
                    + String.join(" or ", TerminalSocketHandler.PROTOCOLS) + " (Kubernetes' exec framing)");
        }
    }
}
