package io.wharf.server.terminal;

import io.wharf.engine.Engine;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The WebSocket side of every terminal: speaks {@code v5.channel.k8s.io} or {@code v4.channel.k8s.io}
 * (so only those are ever chosen as the subprotocol, never the token a browser sends as one), and
 * hands each session's messages to its {@link TerminalConnection}. Sends from several threads go
 * through a decorator that serialises them, and a client that reads nothing while 1 MiB waits for it,
 * or blocks a send for 10 s, is dropped.
 */
final class TerminalSocketHandler implements WebSocketHandler, SubProtocolCapable {
    static final List<String> PROTOCOLS = List.of("v5.channel.k8s.io", "v4.channel.k8s.io");
    private static final Logger LOG = LoggerFactory.getLogger(TerminalSocketHandler.class);
    private static final String CONNECTION = TerminalConnection.class.getName();
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 1024 * 1024;
    private final Engine engine;
    private final Keepalives keepalives;
    private final TerminalEvents events;
    private final Set<TerminalConnection> open = ConcurrentHashMap.newKeySet();

    TerminalSocketHandler(Engine engine, Keepalives keepalives, TerminalEvents events) {
        this.engine = engine;
        this.keepalives = keepalives;
        this.events = events;
    }

    @Override
    public List<String> getSubProtocols() {
        return PROTOCOLS;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        TerminalSpec spec = (TerminalSpec) session.getAttributes().get(TerminalSpec.ATTRIBUTE);
        TerminalConnection connection = new TerminalConnection(new ConcurrentWebSocketSessionDecorator(session,
                SEND_TIME_LIMIT_MILLIS, BUFFER_LIMIT_BYTES), spec, events);
        session.getAttributes().put(CONNECTION, connection);
        open.add(connection);
        connection.open(engine, keepalives);
    }

    @Override
    public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) {
        TerminalConnection connection = (TerminalConnection) session.getAttributes().get(CONNECTION);
        if (message instanceof BinaryMessage binary) {
            connection.received(binary.getPayload());
        } else if (!(message instanceof PongMessage)) {
            connection.refuseText();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable error) {
        LOG.debug("terminal connection failed", error);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        TerminalConnection connection = (TerminalConnection) session.getAttributes().get(CONNECTION);
        if (connection != null) {
            open.remove(connection);
            connection.closed(status);
        }
    }

    @Override
    public boolean supportsPartialMessages() {
        return false;
    }

    /** Ends every open terminal, as the server stops. */
    void closeAll() {
        open.forEach(TerminalConnection::stop);
    }
}
