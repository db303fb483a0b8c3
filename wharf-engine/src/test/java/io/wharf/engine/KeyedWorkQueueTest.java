package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedWorkQueueTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private KeyedWorkQueue<String> queue;

    @AfterEach
    void closeQueue() {
        if (queue != null) {
            queue.close();
        }
    }

    private KeyedWorkQueue<String> queue(int workers, Consumer<String> handler) {
        queue = new KeyedWorkQueue<>("test", workers, key -> {
            handler.accept(key);
            handled.add(key);
        });
        return queue;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("latch released in time").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** With one worker, work queued before the marker has been handled once the marker is. */
    private void drain() {
        queue.add("marker");
        await().atMost(WAIT).until(() -> handled.contains("marker"));
    }

    @Test
    void anAddedKeyIsHandled() {
        queue(1, key -> { });

        queue.add("demo/web");

        await().atMost(WAIT).until(() -> handled.contains("demo/web"));
    }

    @Test
    void aKeyAddedManyTimesWhileItWaitsIsHandledOnce() {
        CountDownLatch release = new CountDownLatch(1);
        queue(1, key -> {
            if (key.equals("blocker")) {
                awaitLatch(release);
            }
        });
        queue.add("blocker");

        for (int i = 0; i < 10; i++) {
            queue.add("demo/web");
        }
        release.countDown();
        drain();

        assertThat(handled).containsExactly("blocker", "demo/web", "marker");
    }

    @Test
    void aKeyAddedWhileItIsBeingHandledIsHandledOnceMoreAfterwards() {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        queue(2, key -> {
            if (key.equals("demo/web") && calls.incrementAndGet() == 1) {
                inside.countDown();
                awaitLatch(release);
            }
        });
        queue.add("demo/web");
        awaitLatch(inside);

        for (int i = 0; i < 10; i++) {
            queue.add("demo/web");
        }
        release.countDown();

        await().atMost(WAIT).until(() -> calls.get() == 2);
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> calls.get() == 2);
    }

    @Test
    void theLastChangeIsAlwaysSeenByAHandlerThatStartsAfterIt() throws Exception {
        AtomicInteger version = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger(-1);
        queue(4, key -> {
            seen.set(version.get());
            sleep(1);
        });

        for (int i = 1; i <= 200; i++) {
            version.set(i);
            queue.add("demo/web");
        }

        await().atMost(WAIT).until(() -> seen.get() == 200);
    }

    @Test
    void oneKeyIsNeverHandledByTwoWorkersAtOnce() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        queue(4, key -> {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            sleep(2);
            inside.decrementAndGet();
            calls.incrementAndGet();
        });

        Thread[] adders = new Thread[4];
        for (int t = 0; t < adders.length; t++) {
            adders[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    queue.add("demo/web");
                    sleep(1);
                }
            });
            adders[t].start();
        }
        for (Thread adder : adders) {
            adder.join();
        }

        await().atMost(WAIT).until(() -> inside.get() == 0 && calls.get() > 1);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void differentKeysAreHandledAtTheSameTime() {
        CyclicBarrier bothInside = new CyclicBarrier(2);
        Map<String, Boolean> metTheOther = new ConcurrentHashMap<>();
        queue(2, key -> {
            try {
                bothInside.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                metTheOther.put(key, true);
            } catch (Exception e) {
                metTheOther.put(key, false);
            }
        });

        queue.add("demo/web");
        queue.add("demo/api");

        await().atMost(WAIT).until(() -> metTheOther.size() == 2);
        assertThat(metTheOther).containsEntry("demo/web", true).containsEntry("demo/api", true);
    }

    @Test
    void aKeyWhoseHandlerFailsIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        queue(1, key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the store is down");
            }
        });

        queue.add("demo/web");

        await().atMost(WAIT).until(() -> handled.contains("demo/web"));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aKeyAddedWithADelayIsHandledLater() {
        queue(1, key -> { });

        queue.addAfter("demo/web", Duration.ofMillis(50));

        await().atMost(WAIT).until(() -> handled.contains("demo/web"));
    }

    @Test
    void aDelayedAddAfterCloseIsIgnoredRatherThanFailingTheCaller() {
        queue(1, key -> { });
        queue.close();

        assertThatNoException().isThrownBy(() -> queue.addAfter("demo/web", Duration.ofMillis(10)));
    }

    @Test
    void anAddAfterCloseIsIgnoredRatherThanFailingTheCaller() {
        queue(1, key -> { });
        queue.close();

        assertThatNoException().isThrownBy(() -> queue.add("demo/web"));
    }

    @Test
    void aQueueNeedsAWorker() {
        assertThatThrownBy(() -> new KeyedWorkQueue<String>("test", 0, key -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
