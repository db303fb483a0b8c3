package io.wharf.cli.commands;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal wharf itself runs on, driven with {@code stty} on {@code /dev/tty}: its size, and raw
 * mode (every key goes to the remote command as typed, with no local echo) restored afterwards, also
 * when wharf is stopped. The arguments given to stty are fixed here; nothing a user typed reaches them.
 */
final class LocalTerminal {
    private static final String TTY = "/dev/tty";

    private LocalTerminal() {
    }

    /** Whether {@code stdin} is this process's own standard input and that is a terminal (as is its output). */
    static boolean isTerminal(InputStream stdin) {
        return stdin == System.in && System.console() != null;
    }

    /** Columns and rows, from {@code stty size}. */
    static Optional<int[]> size() {
        try {
            String[] rowsColumns = stty("size").trim().split("\\s+");
            int rows = Integer.parseInt(rowsColumns[0]);
            int columns = Integer.parseInt(rowsColumns[1]);
            return rows > 0 && columns > 0 ? Optional.of(new int[] {columns, rows}) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Puts the terminal in raw mode without echo until the returned handle is closed (or the JVM stops). */
    static AutoCloseable raw() throws IOException {
        String saved = stty("-g").trim();
        if (!saved.matches("[0-9a-fA-F:]+")) {
            throw new IOException("stty -g gave settings wharf cannot restore: " + saved);
        }
        Thread restore = new Thread(() -> restore(saved), "wharf-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        stty("raw", "-echo");
        return () -> {
            restore(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException stopping) {
                // the hook runs anyway
            }
        };
    }

    private static void restore(String saved) {
        try {
            stty(saved);
        } catch (IOException e) {
            System.err.println("wharf: could not restore the terminal (run: stty sane): " + e.getMessage());
        }
    }

    private static String stty(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(new File(TTY))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stty", e);
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
