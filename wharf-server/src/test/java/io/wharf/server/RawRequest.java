package io.wharf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 requests sent as the bytes written: nothing is normalized or encoded on the way. */
public final class RawRequest {
    private RawRequest() {
    }

    /** {@code headers} are whole lines without the line end; a body is sent as JSON when not null. */
    public static ApiClient.Response send(int port, String method, String path, String body, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        return exchange(port, request.append("\r\n").append(body == null ? "" : body).toString());
    }

    /** Sends exactly {@code request} (UTF-8) and reads the answer until the server closes. */
    public static ApiClient.Response exchange(int port, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String contentType = head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            String body = end < 0 ? "" : text.substring(end + 4);
            boolean chunked = head.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked");
            return new ApiClient.Response(Integer.parseInt(text.substring(9, 12)), contentType,
                    chunked ? dechunk(body) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
