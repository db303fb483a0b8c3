package io.wharf.gateway;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A tiny keep-alive HTTP/1.1 client over one socket, so tests can set any Host header. */
final class RawHttpClient implements Closeable {

    private final int port;
    private final InetAddress localAddress;
    private Socket socket;

    RawHttpClient(int port) {
        this(port, null);
    }

    /** Connecting from {@code localAddress}, for example 127.0.0.2 to be another client IP on loopback. */
    RawHttpClient(int port, InetAddress localAddress) {
        this.port = port;
        this.localAddress = localAddress;
    }

    Response get(String host, String path, String... extraHeaders) throws IOException {
        return send("GET", host, path, null, false, extraHeaders);
    }

    Response send(String method, String host, String path, byte[] body, boolean chunked, String... extraHeaders)
            throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket(InetAddress.getByName("127.0.0.1"), port, localAddress, 0);
            socket.setSoTimeout(20_000);
        }
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        if (body != null) {
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
        }
        OutputStream out = socket.getOutputStream();
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && chunked) {
            for (int offset = 0; offset < body.length; offset += 65536) {
                int size = Math.min(65536, body.length - offset);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, offset, size);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else if (body != null) {
            out.write(body);
        }
        out.flush();
        Response response = read(socket.getInputStream(), method.equals("HEAD"));
        if ("close".equalsIgnoreCase(response.headers().get("connection"))) {
            close();
        }
        return response;
    }

    static Response read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (head || status == 204 || status == 304) {
            return new Response(status, headers, body.toByteArray());
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the gateway");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
