package io.wharf.server.dataplane;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a few persistent HTTP/1.1 connections busy with GET requests through the gateway, one
 * request at a time per connection, and counts what came back. A connection the gateway closes
 * after a complete response is simply opened again; a failure is a status other than 200, an I/O
 * error after the request was written and before the whole response was read, or a timeout.
 */
public final class KeepAliveLoad implements AutoCloseable {
    private static final Pattern SERVED_BY = Pattern.compile("hello from (\\S+)");
    private static final int KEPT_FAILURES = 10;

    private final int port;
    private final String host;
    private final String path;
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder successes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final List<Failure> firstFailures = Collections.synchronizedList(new ArrayList<>());
    private final Map<Kind, LongAdder> failuresByKind = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> servedBy = new ConcurrentHashMap<>();
    private final Map<String, Long> lastServedAt = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    private KeepAliveLoad(int port, String host, String path) {
        this.port = port;
        this.host = host;
        this.path = path;
    }

    /** Starts the load: one thread and one keep-alive connection per connection wanted. */
    public static KeepAliveLoad start(int port, String host, int connections) {
        return start(port, host, "/", connections);
    }

    /** Starts the load of GET {@code path}: one thread and one keep-alive connection per connection wanted. */
    public static KeepAliveLoad start(int port, String host, String path, int connections) {
        KeepAliveLoad load = new KeepAliveLoad(port, host, path);
        for (int n = 0; n < connections; n++) {
            Thread thread = new Thread(load::run, "keep-alive-load-" + n);
            thread.setDaemon(true);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    public long successes() {
        return successes.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long reconnects() {
        return reconnects.sum();
    }

    /** How a request failed. */
    enum Kind {
        /** No connection could be made to the gateway. */
        CONNECT,
        /** The request was written and the connection ended before any response byte. */
        NO_RESPONSE,
        /** A response began (status line received) and the connection ended before it was complete. */
        CUT_RESPONSE,
        /** A complete response with a status other than 200, or one that is not HTTP. */
        STATUS,
        /** No complete response within the read timeout. */
        TIMEOUT
    }

    /** One failure: when (System.nanoTime()), of what kind, and what happened. */
    record Failure(long nanoTime, Kind kind, String description) {
        @Override
        public String toString() {
            return kind + ": " + description;
        }
    }

    long failures(Kind kind) {
        LongAdder adder = failuresByKind.get(kind);
        return adder == null ? 0 : adder.sum();
    }

    /** The first few failures, in the order they happened. */
    List<Failure> firstFailures() {
        synchronized (firstFailures) {
            return List.copyOf(firstFailures);
        }
    }

    /** Instance ids that answered, with how many requests each answered. */
    public Map<String, Long> servedBy() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        servedBy.forEach((id, count) -> copy.put(id, count.get()));
        return copy;
    }

    /** Instance ids that answered at or after this System.nanoTime(). */
    public Set<String> servedSince(long nanoTime) {
        Set<String> ids = new java.util.TreeSet<>();
        lastServedAt.forEach((id, at) -> {
            if (at - nanoTime >= 0) {
                ids.add(id);
            }
        });
        return ids;
    }

    public String summary() {
        return "successes=" + successes() + " failures=" + failures() + " reconnects=" + reconnects()
                + " servedBy=" + servedBy() + " firstFailures=" + firstFailures();
    }

    /** Stops the load and waits for the threads to finish their current exchange. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(15_000);
        }
    }

    private void run() {
        Socket socket = null;
        InputStream in = null;
        try {
            while (running) {
                if (socket == null) {
                    try {
                        socket = connect();
                        in = new BufferedInputStream(socket.getInputStream());
                    } catch (IOException e) {
                        fail(Kind.CONNECT, "cannot connect: " + e);
                        pause();
                        continue;
                    }
                }
                Outcome outcome = exchange(socket, in);
                if (outcome != Outcome.KEEP) {
                    closeQuietly(socket);
                    socket = null;
                    if (outcome == Outcome.RECONNECT) {
                        reconnects.increment();
                    } else {
                        pause();
                    }
                }
            }
        } finally {
            closeQuietly(socket);
        }
    }

    private enum Outcome { KEEP, RECONNECT, FAILED }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(5000);
        return socket;
    }

    private Outcome exchange(Socket socket, InputStream in) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The gateway closed an idle keep-alive connection before the request went out: no exchange began.
            return Outcome.RECONNECT;
        }
        long started = System.nanoTime();
        String statusLine = null;
        try {
            statusLine = readLine(in);
            if (statusLine == null) {
                // Closed before a single byte of response: the request was written, so this counts.
                return fail(Kind.NO_RESPONSE, "connection closed before any response byte");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                return fail(Kind.STATUS, "bad status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long contentLength = -1;
            boolean chunked = false;
            boolean close = parts[0].equals("HTTP/1.0");
            String line;
            while ((line = readLine(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> {
                        String v = value.toLowerCase(Locale.ROOT);
                        if (v.contains("close")) {
                            close = true;
                        } else if (v.contains("keep-alive")) {
                            close = false;
                        }
                    }
                    default -> { }
                }
            }
            if (line == null) {
                return fail(Kind.CUT_RESPONSE, "connection closed in the headers after: " + statusLine);
            }
            byte[] body;
            if (chunked) {
                body = readChunked(in);
            } else if (contentLength >= 0) {
                body = readExactly(in, contentLength);
            } else {
                body = in.readAllBytes(); // delimited by the end of the connection
                close = true;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (status != 200) {
                return fail(Kind.STATUS, "status " + status + ": " + text.strip());
            }
            Matcher m = SERVED_BY.matcher(text);
            if (m.find()) {
                servedBy.computeIfAbsent(m.group(1), k -> new AtomicLong()).incrementAndGet();
                lastServedAt.put(m.group(1), System.nanoTime());
            }
            successes.increment();
            return close ? Outcome.RECONNECT : Outcome.KEEP;
        } catch (SocketTimeoutException e) {
            return fail(Kind.TIMEOUT, "timeout after " + (System.nanoTime() - started) / 1_000_000 + " ms"
                    + (statusLine == null ? "" : " (after " + statusLine + ")"));
        } catch (IOException | RuntimeException e) {
            return fail(statusLine == null ? Kind.NO_RESPONSE : Kind.CUT_RESPONSE,
                    "in the middle of an exchange" + (statusLine == null ? "" : " (after " + statusLine + ")")
                            + ": " + e);
        }
    }

    private Outcome fail(Kind kind, String description) {
        failures.increment();
        failuresByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        synchronized (firstFailures) {
            if (firstFailures.size() < KEPT_FAILURES) {
                firstFailures.add(new Failure(System.nanoTime(), kind, java.time.LocalTime.now() + " "
                        + Thread.currentThread().getName() + ": " + description));
            }
        }
        return Outcome.FAILED;
    }

    private void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** A CRLF-terminated line without its ending, or null at the end of the stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        if (line.size() == 0) {
            return null;
        }
        throw new EOFException("connection closed in the middle of a line");
    }

    private static byte[] readExactly(InputStream in, long length) throws IOException {
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length != length) {
            throw new EOFException("body cut after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("connection closed before a chunk size");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                String trailer;
                while ((trailer = readLine(in)) != null && !trailer.isEmpty()) {
                    // trailers are ignored
                }
                if (trailer == null) {
                    throw new EOFException("connection closed in the trailers");
                }
                return body.toByteArray();
            }
            body.write(readExactly(in, size));
            if (!"".equals(readLine(in))) {
                throw new IOException("no CRLF after a chunk");
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
