package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the Wharf server jar: the one given, or the module's build output near here. */
public final class ServerJar {
    static final Path DEFAULT = Path.of("wharf-server", "target", "wharf-server.jar");

    private ServerJar() {
    }

    /**
     * @param given    the --server-jar option, or null
     * @param cwd      the current directory
     * @param benchJar the jar this runs from, if it runs from one
     */
    public static Path resolve(Path given, Path cwd, Optional<Path> benchJar) {
        List<Path> candidates = new ArrayList<>();
        if (given != null) {
            candidates.add(cwd.resolve(given).toAbsolutePath().normalize());
        } else {
            candidates.add(cwd.resolve(DEFAULT).toAbsolutePath().normalize());
            benchJar.map(Path::getParent).ifPresent(dir -> candidates.add(
                    dir.resolve("../..").resolve(DEFAULT).toAbsolutePath().normalize()));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new BenchException("no Wharf server jar at " + candidates
                        + "; build it with: mvn -B -q install -DskipTests -pl wharf-model,wharf-engine,"
                        + "wharf-runtime-podman,wharf-server (or give --server-jar)"));
    }

    /** The jar this program runs from with {@code java -jar}, if so. */
    public static Optional<Path> benchJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return Optional.of(Path.of(classPath).toAbsolutePath());
        }
        return Optional.empty();
    }
}
