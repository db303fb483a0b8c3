package io.wharf.server.terminal;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open terminal: the client's WebSocket on one side, the command in the instance on the other.
 * Input (channel 0), sizes (4) and the end of input (255, v5) go to the command; its output (1) and
 * error (2) go to the client, then how it ended as a Status (3), then the close. Ends once, however
 * it ends: the command exits or fails, the client goes, it is idle too long, or the client breaks
 * the protocol. Logs and events never hold what was typed or printed.
 */
final class TerminalConnection implements TerminalListener {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalConnection.class);
    private static final int MAX_REASON_BYTES = 123;
    private final WebSocketSession socket;
    private final TerminalSpec spec;
    private final TerminalEvents events;
    private final long openedNanos = System.nanoTime();
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile TerminalSession session;
    private volatile Keepalive keepalive;
    private volatile Duration idleTimeout;

    /** @param socket safe to send on from several threads at once */
    TerminalConnection(WebSocketSession socket, TerminalSpec spec, TerminalEvents events) {
        this.socket = socket;
        this.spec = spec;
        this.events = events;
    }

    /** Starts the command; the event of the opening comes first, so that every end has one before it. */
    void open(Engine engine, Keepalives keepalives) {
        idleTimeout = keepalives.idleTimeout();
        keepalive = keepalives.start(this::ping, this::idle);
        events.opened(spec);
        Optional<TerminalSession> opened;
        try {
            opened = engine.terminal(spec.app(), spec.instance(), spec.request(), this);
        } catch (EngineException e) {
            end(ExecStatus.failed("InternalError", "cannot open a terminal in instance " + spec.instance() + ": "
                    + e.getMessage()), "it could not be opened: " + e.getMessage(), CloseStatus.NORMAL);
            return;
        }
        if (opened.isEmpty()) {
            end(ExecStatus.failed("NotFound", "instance " + spec.instance() + " of app " + spec.app() + " is gone"),
                    "the instance was gone", CloseStatus.NORMAL);
            return;
        }
        session = opened.get();
        if (over.get()) {
            session.close(); // it ended while it was being opened
        }
    }

    /** A message from the client. */
    void received(ByteBuffer message) {
        if (over.get() || session == null) {
            return;
        }
        keepalive.touch();
        try {
            Channel.Frame frame = Channel.decode(message);
            switch (frame.channel()) {
                case Channel.STDIN -> input(frame.data());
                case Channel.RESIZE -> ResizeMessage.parse(frame.data()).ifPresent(session::resize);
                case Channel.CLOSE -> closeInput(frame.data());
                default -> refuse("channel " + frame.channel() + " is not one a client sends: 0 (input), 4 (size)"
                        + ("v5.channel.k8s.io".equals(socket.getAcceptedProtocol()) ? " or 255 (end of input)" : ""));
            }
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        } catch (EngineException e) {
            end(ExecStatus.failed("InternalError", e.getMessage()), "its input could not be sent: " + e.getMessage(),
                    CloseStatus.NORMAL);
        }
    }

    private void input(byte[] data) {
        if (!spec.request().stdin()) {
            refuse("this terminal was opened without stdin=true: it takes no input");
            return;
        }
        session.write(data);
    }

    private void closeInput(byte[] data) {
        if (data.length > 0 && data[0] == Channel.STDIN && "v5.channel.k8s.io".equals(socket.getAcceptedProtocol())) {
            session.closeInput();
        } else {
            refuse("channel 255 ends a stream in v5.channel.k8s.io only, and only stream 0 (input)");
        }
    }

    /** A text message: the channel protocols are binary. */
    void refuseText() {
        refuse("send binary messages: the first byte is the channel");
    }

    private void refuse(String why) {
        end(ExecStatus.failed("BadRequest", why), "the client broke the protocol: " + why, CloseStatus.BAD_DATA
                .withReason(shorten(why)));
    }

    @Override
    public void output(byte[] bytes) {
        send(Channel.STDOUT, bytes);
    }

    @Override
    public void error(byte[] bytes) {
        send(Channel.STDERR, bytes);
    }

    @Override
    public void exited(int exitCode) {
        end(ExecStatus.exited(exitCode), "the command exited with code " + exitCode, CloseStatus.NORMAL);
    }

    @Override
    public void failed(String reason) {
        end(ExecStatus.failed("InternalError", reason), "it failed: " + reason, CloseStatus.NORMAL);
    }

    private void idle() {
        String why = "no input or output for " + Keepalives.describe(idleTimeout);
        end(ExecStatus.failed("Timeout", why + "; the terminal was closed"), why, CloseStatus.NORMAL.withReason(
                "idle: " + why));
    }

    private void ping() {
        try {
            socket.sendMessage(new PingMessage());
        } catch (IOException | RuntimeException e) {
            LOG.debug("pinging the terminal client of instance {} failed", spec.instance(), e);
        }
    }

    private void send(int channel, byte[] bytes) {
        if (over.get()) {
            return;
        }
        keepalive.touch();
        try {
            socket.sendMessage(new BinaryMessage(Channel.encode(channel, bytes)));
        } catch (IOException | RuntimeException e) {
            end(null, "the client could not be reached or read too slowly", CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    /**
     * The one end: the status to the client (when there is one to send), the event (when {@code how}
     * is known), the permit returned (so that a client that saw its terminal close may open another at
     * once), the close, then the command let go.
     */
    private void end(byte[] status, String how, CloseStatus close) {
        if (!over.compareAndSet(false, true)) {
            return;
        }
        if (keepalive != null) {
            keepalive.stop();
        }
        if (status != null) {
            try {
                socket.sendMessage(new BinaryMessage(Channel.encode(Channel.ERROR, status)));
            } catch (IOException | RuntimeException e) {
                LOG.debug("the end of the terminal in instance {} could not be sent", spec.instance(), e);
            }
        }
        if (how != null) {
            events.closed(spec, Duration.ofNanos(System.nanoTime() - openedNanos), how);
        }
        spec.release();
        try {
            socket.close(close);
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the terminal socket of instance {} failed", spec.instance(), e);
        }
        letGo();
    }

    /** The server is stopping. */
    void stop() {
        end(ExecStatus.failed("ServiceUnavailable", "the server is stopping"), "the server stopped",
                CloseStatus.GOING_AWAY.withReason("the server is stopping"));
    }

    /** The client's socket closed (whoever closed it). */
    void closed(CloseStatus status) {
        end(null, "the client closed it" + (status.getReason() == null || status.getReason().isBlank() ? ""
                : " (" + status.getReason() + ")"), status);
    }

    private void letGo() {
        TerminalSession running = session;
        if (running != null) {
            running.close();
        }
    }

    private static String shorten(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_REASON_BYTES ? reason : new String(bytes, 0, MAX_REASON_BYTES - 3,
                StandardCharsets.UTF_8).replace("\uFFFD", "") + "...";
    }
}
