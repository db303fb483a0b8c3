package io.wharf.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hard limit of open files this process (and so its children) may raise itself to. */
final class FileLimit {
    private FileLimit() {
    }

    /** From /proc/self/limits; 0 when unknown or unlimited. */
    static long hard() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/self/limits")));
        } catch (IOException e) {
            return 0;
        }
    }

    /** The hard value of the "Max open files" line of a /proc/PID/limits file; 0 when absent or unlimited. */
    static long parse(List<String> limits) {
        for (String line : limits) {
            if (line.startsWith("Max open files")) {
                String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                return fields.length >= 2 && fields[1].matches("\\d+") ? Long.parseLong(fields[1]) : 0;
            }
        }
        return 0;
    }
}
