package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final Deadline deadline = new Deadline(channel.eventLoop());
    private final AtomicInteger expired = new AtomicInteger();

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @Test
    void an_armed_deadline_expires_once_its_time_is_up() {
        deadline.arm(TimeUnit.MILLISECONDS.toNanos(50), expired::incrementAndGet);

        channel.advanceTimeBy(60, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.advanceTimeBy(60, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();

        assertThat(expired).hasValue(1);
    }

    @Test
    void arming_again_pushes_the_expiry_back() {
        deadline.arm(TimeUnit.MILLISECONDS.toNanos(50), expired::incrementAndGet);
        channel.advanceTimeBy(40, TimeUnit.MILLISECONDS);
        deadline.arm(TimeUnit.MILLISECONDS.toNanos(50), expired::incrementAndGet);

        channel.advanceTimeBy(20, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThat(expired).hasValue(0);
        channel.advanceTimeBy(40, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThat(expired).hasValue(1);
    }

    @Test
    void a_disarmed_deadline_does_not_expire() {
        deadline.arm(TimeUnit.MILLISECONDS.toNanos(50), expired::incrementAndGet);
        deadline.disarm();

        channel.advanceTimeBy(60, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();

        assertThat(expired).hasValue(0);
    }
}
