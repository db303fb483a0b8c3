package io.wharf.engine.health;

import io.wharf.model.HealthCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One readiness check against an instance's published address: a TCP connect, or an HTTP GET whose
 * status must be 2xx or 3xx. Plain sockets keep a probe cheap; no connection is reused.
 */
public final class Probe {
    private Probe() {
    }

    public static boolean check(HealthCheck check, String host, int port) {
        return answer(check, host, port).passed();
    }

    /** Runs the check and says what it got: a pass, a failing status, a refused connection, a timeout or an error. */
    public static ProbeAnswer answer(HealthCheck check, String host, int port) {
        int timeoutMillis = check.timeoutSeconds() * 1000;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            if (check.type() == HealthCheck.Type.TCP) {
                return ProbeAnswer.passed(null);
            }
            socket.setSoTimeout(timeoutMillis);
            return httpAnswer(socket, check.path(), host + ":" + port);
        } catch (ConnectException e) {
            return ProbeAnswer.refused();
        } catch (SocketTimeoutException e) {
            return ProbeAnswer.timeout(check.timeoutSeconds());
        } catch (IOException e) {
            return ProbeAnswer.error("failed: " + e.getMessage());
        }
    }

    private static ProbeAnswer httpAnswer(Socket socket, String path, String authority) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: " + authority + "\r\nUser-Agent: wharf-probe\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] head = new byte[12];
        InputStream in = socket.getInputStream();
        int read = 0;
        while (read < head.length) {
            int n = in.read(head, read, head.length - read);
            if (n < 0) {
                return ProbeAnswer.error("closed the connection without an HTTP answer");
            }
            read += n;
        }
        String statusLine = new String(head, StandardCharsets.US_ASCII);
        if (!statusLine.startsWith("HTTP/1.") || !statusLine.substring(9, 12).chars().allMatch(Character::isDigit)) {
            return ProbeAnswer.error("answered with something other than HTTP");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        return status / 100 == 2 || status / 100 == 3 ? ProbeAnswer.passed(status) : ProbeAnswer.failingStatus(status);
    }
}
