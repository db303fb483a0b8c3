package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuildQueueTest {
    private static final Built BUILT = new Built(new Commit("a".repeat(40), "ada", "m", Instant.EPOCH), "r/s/a",
            "aaaaaaaaaaaa", "sha256:" + "0".repeat(64));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Map<String, String> ends = new ConcurrentHashMap<>();
    private BuildQueue queue;

    private final BuildQueue.Listener listener = new BuildQueue.Listener() {
        @Override
        public void started(String id) {
            events.add("start " + id);
        }

        @Override
        public void finished(String id, BuildState state, String message, Built built) {
            events.add("end " + id);
            ends.put(id, state + (message == null ? "" : ": " + message));
        }
    };

    @AfterEach
    void close() {
        queue.close();
    }

    @Test
    void runsOneBuildAtATimeInTheOrderTheyCame() {
        queue = new BuildQueue(1, Duration.ofMinutes(1));
        for (String id : List.of("b1", "b2", "b3")) {
            queue.submit(id, c -> BUILT, listener);
        }

        await().until(() -> ends.size() == 3);
        assertThat(events).containsExactly("start b1", "end b1", "start b2", "end b2", "start b3", "end b3");
        assertThat(ends).containsValues("Succeeded");
    }

    @Test
    void aCancelledQueuedBuildNeverStarts() throws Exception {
        queue = new BuildQueue(1, Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        queue.submit("b1", c -> {
            waitFor(release);
            return BUILT;
        }, listener);
        queue.submit("b2", c -> BUILT, listener);

        assertThat(queue.cancel("b2", "cancelled by ada")).isTrue();
        release.countDown();

        await().until(() -> ends.size() == 2);
        assertThat(ends).containsEntry("b2", "Cancelled: cancelled by ada").containsEntry("b1", "Succeeded");
        assertThat(events).doesNotContain("start b2");
    }

    @Test
    void aCancelKillsTheRunningProcess() {
        queue = new BuildQueue(1, Duration.ofMinutes(1));
        queue.submit("b1", c -> {
            ProcessRunner.run(List.of("sleep", "60"), line -> { }, c);
            return BUILT;
        }, listener);
        await().until(() -> events.contains("start b1"));

        queue.cancel("b1", "cancelled by ada");

        await().atMost(Duration.ofSeconds(20)).until(() -> ends.containsKey("b1"));
        assertThat(ends.get("b1")).isEqualTo("Cancelled: cancelled by ada");
        assertThat(queue.active("b1")).isFalse();
    }

    @Test
    void aBuildPastItsTimeoutFailsAndTheNextOneRuns() {
        queue = new BuildQueue(1, Duration.ofMillis(300));
        queue.submit("b1", c -> {
            ProcessRunner.run(List.of("sleep", "60"), line -> { }, c);
            return BUILT;
        }, listener);
        queue.submit("b2", c -> BUILT, listener);

        await().atMost(Duration.ofSeconds(20)).until(() -> ends.size() == 2);
        assertThat(ends.get("b1")).startsWith("Failed: timed out");
        assertThat(ends.get("b2")).isEqualTo("Succeeded");
    }

    @Test
    void aFailingBuildSaysWhy() {
        queue = new BuildQueue(1, Duration.ofMinutes(1));
        queue.submit("b1", c -> {
            throw new BuildException("podman build failed (exit code 1)");
        }, listener);

        await().until(() -> ends.containsKey("b1"));
        assertThat(ends.get("b1")).isEqualTo("Failed: podman build failed (exit code 1)");
    }

    @Test
    void closingKillsRunningBuildsWithoutSayingTheyEnded() throws Exception {
        queue = new BuildQueue(1, Duration.ofMinutes(1));
        CountDownLatch killed = new CountDownLatch(1);
        queue.submit("b1", c -> {
            try {
                ProcessRunner.run(List.of("sleep", "60"), line -> { }, c);
                return BUILT;
            } finally {
                killed.countDown();
            }
        }, listener);
        queue.submit("b2", c -> BUILT, listener);
        await().until(() -> events.contains("start b1"));

        queue.close();

        assertThat(killed.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(ends).isEmpty();
        assertThat(events).containsExactly("start b1");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
