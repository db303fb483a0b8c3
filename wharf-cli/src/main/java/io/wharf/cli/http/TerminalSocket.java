package io.wharf.cli.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A terminal in an instance over the API's WebSocket, framed as Kubernetes frames exec
 * ({@code v5.channel.k8s.io}, else {@code v4.channel.k8s.io}): each message is a channel byte and
 * its data; 0 input, 1 output, 2 error, 3 how the command ended, 4 the terminal's size, 255 the end
 * of input (v5). A refused handshake is an {@link ApiException} with the server's problem.
 */
public final class TerminalSocket implements WebSocket.Listener {
    static final List<String> PROTOCOLS = List.of("v5.channel.k8s.io", "v4.channel.k8s.io");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int STDIN = 0;
    private static final int STDOUT = 1;
    private static final int STDERR = 2;
    private static final int ERROR = 3;
    private static final int RESIZE = 4;
    private static final int CLOSE = 255;
    private final Output output;
    private final ObjectMapper json;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private final CompletableFuture<ExecEnd> end = new CompletableFuture<>();
    private WebSocket socket;

    /** Where the command's output and error go, one call at a time. */
    public interface Output {
        void output(byte[] bytes);

        void error(byte[] bytes);
    }

    private TerminalSocket(Output output, ObjectMapper json) {
        this.output = output;
        this.json = json;
    }

    /** @param path the exec path with its query, such as {@code /api/v1/.../exec?command=sh&stdin=true&tty=true} */
    public static TerminalSocket open(String server, String token, String path, Output output, ObjectMapper json) {
        TerminalSocket terminal = new TerminalSocket(output, json);
        WebSocket.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build().newWebSocketBuilder()
                .connectTimeout(CONNECT_TIMEOUT).subprotocols(PROTOCOLS.get(0), PROTOCOLS.get(1));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            terminal.socket = builder.buildAsync(URI.create(webSocketUrl(server) + path), terminal).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                Object body = refused.getResponse().body();
                throw new ApiException(Problem.from(refused.getResponse().statusCode(), body instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : body == null ? null
                        : body.toString(), json));
            }
            throw new UnreachableException(server, e.getCause() instanceof IOException io ? io
                    : new IOException(e.getCause()));
        }
        return terminal;
    }

    static String webSocketUrl(String server) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        return base.startsWith("https://") ? "wss://" + base.substring(8) : "ws://" + base.substring(base.indexOf("://") + 3);
    }

    /** The subprotocol the server chose. */
    public String protocol() {
        return socket.getSubprotocol();
    }

    public void input(byte[] bytes, int offset, int length) {
        byte[] frame = new byte[length + 1];
        frame[0] = STDIN;
        System.arraycopy(bytes, offset, frame, 1, length);
        send(frame);
    }

    public void resize(int width, int height) {
        byte[] size = ("{\"Width\":" + width + ",\"Height\":" + height + "}").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[size.length + 1];
        frame[0] = RESIZE;
        System.arraycopy(size, 0, frame, 1, size.length);
        send(frame);
    }

    /** Says that no more input comes, where the protocol can (v5); with v4 the command's input stays open. */
    public void endInput() {
        if (PROTOCOLS.get(0).equals(protocol())) {
            send(new byte[] {(byte) CLOSE, STDIN});
        }
    }

    private synchronized void send(byte[] frame) {
        if (!end.isDone()) {
            socket.sendBinary(ByteBuffer.wrap(frame), true).join();
        }
    }

    /** Waits for the command's end, as the server's last Status says, or for the connection's end without one. */
    public ExecEnd awaitEnd() {
        return end.join();
    }

    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        message.writeBytes(bytes);
        if (last) {
            byte[] frame = message.toByteArray();
            message.reset();
            received(frame);
        }
        webSocket.request(1);
        return null;
    }

    private void received(byte[] frame) {
        if (frame.length == 0) {
            return;
        }
        byte[] data = Arrays.copyOfRange(frame, 1, frame.length);
        switch (frame[0]) {
            case STDOUT -> output.output(data);
            case STDERR -> output.error(data);
            case ERROR -> ended(data);
            default -> { }
        }
    }

    /** The Status comes last, as one message: the session is over once it is here, whether or not the close follows. */
    private void ended(byte[] status) {
        try {
            end.complete(ExecEnd.of(json.readTree(status)));
        } catch (IOException e) {
            end.complete(new ExecEnd(null, "the server said how the command ended in words wharf cannot read"));
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
        end.complete(new ExecEnd(null, "the connection closed before the command ended (" + code
                + (reason == null || reason.isBlank() ? "" : ": " + reason) + ")"));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end.complete(new ExecEnd(null, "the connection broke: " + error.getMessage()));
    }
}
