package io.wharf.bench.build;

import java.util.Map;

/**
 * The app both sides build: the sample image, a dependency layer that stays cached, and a source
 * layer ({@code app.txt}) that each round changes by one line. The instance serves {@code app.txt} at
 * {@code /app.txt}, so an HTTP answer tells which version runs.
 */
final class SampleSource {
    static final String SERVED_PATH = "/app.txt";

    private SampleSource() {
    }

    /** Every file of the first commit. */
    static Map<String, String> files(String baseImage, String appLine) {
        return Map.of("Dockerfile", dockerfile(baseImage),
                "deps.txt", "dependency-a 1.0\ndependency-b 2.3\n",
                "app.txt", appLine + "\n");
    }

    /** The one-line change of a round. */
    static Map<String, String> change(String appLine) {
        return Map.of("app.txt", appLine + "\n");
    }

    static String dockerfile(String baseImage) {
        return """
                FROM %s
                COPY deps.txt /deps.txt
                RUN cat /deps.txt > /dev/null
                COPY app.txt /app.txt
                CMD ["/bin/sh", "-c", "mkdir -p /tmp/www && cat /app.txt > /tmp/www/app.txt && exec /bin/sh /bin/hello.sh"]
                """.formatted(baseImage);
    }
}
