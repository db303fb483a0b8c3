package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
    @TempDir
    Path dir;

    @Test
    void aFollowerGetsEachLineWhileItIsWrittenAndStopsWhenTheBuildEnds() throws Exception {
        Path file = dir.resolve("b1.log");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicBoolean finished = new AtomicBoolean();
        try (BuildLog log = new BuildLog(file, List.of())) {
            log.line("first");
            CompletableFuture<Void> follower = CompletableFuture.runAsync(() -> {
                try {
                    new LogTail(Duration.ofMillis(50)).follow(file, out, finished::get, () -> false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            await().until(() -> out.toString(StandardCharsets.UTF_8).equals("first\n"));
            log.line("second");
            await().until(() -> out.toString(StandardCharsets.UTF_8).equals("first\nsecond\n"));
            assertThat(follower).isNotDone();

            log.line("last");
            finished.set(true);
            follower.get();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first\nsecond\nlast\n");
    }

    @Test
    void aCutFollowerReturnsAtOnceAndGetsNothingWrittenAfterTheCut() throws Exception {
        Path file = dir.resolve("b3.log");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicBoolean cut = new AtomicBoolean();
        try (BuildLog log = new BuildLog(file, List.of())) {
            log.line("before");
            CompletableFuture<Void> follower = CompletableFuture.runAsync(() -> {
                try {
                    new LogTail(Duration.ofMillis(50)).follow(file, out, () -> false, cut::get);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            await().until(() -> out.toString(StandardCharsets.UTF_8).equals("before\n"));

            cut.set(true);
            log.line("after");
            follower.get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before\n");
    }

    @Test
    void theLogNeverHoldsASecretsValue() throws Exception {
        Path file = dir.resolve("b2.log");
        try (BuildLog log = new BuildLog(file, List.of("s3cr3t-value"))) {
            log.line("RUN echo s3cr3t-value > /dev/null");
        }

        assertThat(Files.readString(file)).isEqualTo("RUN echo " + BuildLog.MASK + " > /dev/null\n");
    }
}
