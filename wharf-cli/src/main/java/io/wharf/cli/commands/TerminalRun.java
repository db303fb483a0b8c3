package io.wharf.cli.commands;

import io.wharf.cli.config.Connection;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.http.ExecEnd;
import io.wharf.cli.http.TerminalSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * {@code wharf exec -i/-t}: the command runs in the instance with wharf's standard input as its input
 * and, with -t, on a terminal the size of wharf's own, which is in raw mode meanwhile (every key,
 * Ctrl-C included, goes to the command). Output and error are copied as they come; wharf exits with
 * the command's exit code.
 */
final class TerminalRun {
    private static final int CHUNK = 4096;
    private final Session session;
    private final Connection connection;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintWriter stderr;

    TerminalRun(Session session, Connection connection, InputStream stdin, PrintStream stdout, PrintWriter stderr) {
        this.session = session;
        this.connection = connection;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    int run(AppRef ref, String instance, List<String> command, boolean input, boolean tty) throws IOException {
        boolean terminal = tty && LocalTerminal.isTerminal(stdin);
        if (tty && !terminal) {
            stderr.println("wharf: the standard input is not a terminal; running without a TTY (leave out -t)");
            stderr.flush();
        }
        TerminalSocket socket = TerminalSocket.open(connection.server(), connection.token(),
                path(ref, instance, command, input, terminal), new Copy(), session.json());
        try (AutoCloseable raw = terminal ? LocalTerminal.raw() : () -> { };
             AutoCloseable resizes = terminal ? WindowChanges.follow(() -> sendSize(socket)) : () -> { }) {
            if (terminal) {
                sendSize(socket);
            }
            if (input) {
                pump(socket);
            }
            return finish(socket.awaitEnd());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            socket.close();
        }
    }

    static String path(AppRef ref, String instance, List<String> command, boolean input, boolean tty) {
        StringBuilder query = new StringBuilder();
        command.forEach(arg -> query.append(query.isEmpty() ? "?" : "&").append("command=")
                .append(URLEncoder.encode(arg, StandardCharsets.UTF_8).replace("+", "%20")));
        query.append(input ? "&stdin=true" : "").append(tty ? "&tty=true" : "");
        return ApiPaths.instanceExec(ref.system(), ref.app(), instance) + query;
    }

    private static void sendSize(TerminalSocket socket) {
        LocalTerminal.size().ifPresent(size -> socket.resize(size[0], size[1]));
    }

    /** Copies the standard input to the command on a thread of its own, then says it ended. */
    private void pump(TerminalSocket socket) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[CHUNK];
            try {
                for (int read = stdin.read(buffer); read >= 0; read = stdin.read(buffer)) {
                    socket.input(buffer, 0, read);
                }
                socket.endInput();
            } catch (IOException | CompletionException e) {
                // the session ended: its end is told by the server
            }
        }, "wharf-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    private int finish(ExecEnd end) {
        stdout.flush();
        if (end.exitCode() != null) {
            return end.exitCode();
        }
        stderr.println("error: " + end.message());
        stderr.flush();
        return 1;
    }

    /** Output as bytes to wharf's own output; error as text to its error stream. */
    private final class Copy implements TerminalSocket.Output {
        private final Utf8Text errorText = new Utf8Text();

        @Override
        public void output(byte[] bytes) {
            stdout.write(bytes, 0, bytes.length);
            stdout.flush();
        }

        @Override
        public void error(byte[] bytes) {
            stderr.print(errorText.decode(bytes));
            stderr.flush();
        }
    }
}
