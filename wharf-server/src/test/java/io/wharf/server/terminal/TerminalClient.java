package io.wharf.server.terminal;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A terminal client for tests, on the JDK's WebSocket: sends channel frames, keeps what each channel
 * brought (as text), the Status of channel 3 and how the connection closed.
 */
final class TerminalClient implements WebSocket.Listener {
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<Integer, ByteArrayOutputStream> channels = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    final CompletableFuture<String> closed = new CompletableFuture<>();
    final AtomicInteger pings = new AtomicInteger();
    private WebSocket socket;

    /** Connects with {@code headers} (name, value, ...) and the subprotocols, in that order of preference. */
    static TerminalClient connect(URI uri, List<String> protocols, String... headers) {
        TerminalClient client = new TerminalClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        builder.subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new));
        client.socket = builder.buildAsync(uri, client).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    String protocol() {
        return socket.getSubprotocol();
    }

    void send(int channel, String text) {
        socket.sendBinary(ByteBuffer.wrap(Channel.encode(channel, text.getBytes(StandardCharsets.UTF_8))), true)
                .orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    String channel(int channel) {
        ByteArrayOutputStream bytes = channels.get(channel);
        synchronized (this) {
            return bytes == null ? "" : bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the channel has brought {@code text}. */
    void awaitOn(int channel, String text) {
        await().atMost(PATIENCE).until(() -> channel(channel).contains(text));
    }

    /** The Status the server sent last, once the connection closed. */
    JsonNode status() {
        closed.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
        return JSON.readTree(channel(Channel.ERROR));
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public synchronized CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partial.writeBytes(bytes);
        if (last) {
            byte[] frame = partial.toByteArray();
            partial.reset();
            channels.computeIfAbsent(frame[0] & 0xff, c -> new ByteArrayOutputStream()).write(frame, 1, frame.length - 1);
        }
        webSocket.request(1);
        return null;
    }

    /** Counts the ping; the JDK answers it with a pong. */
    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        pings.incrementAndGet();
        return WebSocket.Listener.super.onPing(webSocket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
