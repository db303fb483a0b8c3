package io.wharf.server.builds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Notes when each line first appears in a file, looking every 20 ms: the time it was written, give or take that. */
final class LogWatch {
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private LogWatch(Path file) {
        thread = new Thread(() -> {
            while (running) {
                long now = System.currentTimeMillis();
                try {
                    if (Files.exists(file)) {
                        Files.readAllLines(file).forEach(line -> firstSeen.putIfAbsent(line.trim(), now));
                    }
                    Thread.sleep(20);
                } catch (IOException e) {
                    // the file is being written: look again
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "log-watch");
        thread.setDaemon(true);
    }

    static LogWatch start(Path file) {
        LogWatch watch = new LogWatch(file);
        watch.thread.start();
        return watch;
    }

    void stop() {
        running = false;
    }

    long firstSeen(String line) {
        Long at = firstSeen.get(line);
        if (at == null) {
            throw new AssertionError("the log never had the line " + line);
        }
        return at;
    }
}
