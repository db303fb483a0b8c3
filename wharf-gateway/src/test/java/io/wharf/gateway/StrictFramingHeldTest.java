package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StrictFramingHeldTest {
    static {
        LeakCounter.install();
    }

    private static final String UPGRADE = "GET /ws HTTP/1.1\r\nHost: web.demo.wharf.localhost\r\nUpgrade: websocket\r\n"
            + "Connection: upgrade\r\n\r\n";

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel(new StrictFraming(8192, 1024, TimeUnit.SECONDS.toNanos(10)));
    }

    @Test
    void aFewBytesSentBeforeTheAnswerToAnUpgradeAreHeld() {
        EmbeddedChannel channel = channel();

        channel.writeInbound(Unpooled.copiedBuffer(UPGRADE + "x".repeat(100), StandardCharsets.US_ASCII));

        assertThat(channel.isOpen()).isTrue();
        channel.finishAndReleaseAll();
    }

    @Test
    void aClientThatStreamsBeforeTheAnswerToItsUpgradeIsCutOffInsteadOfFillingMemory() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Unpooled.copiedBuffer(UPGRADE, StandardCharsets.US_ASCII));

        for (int i = 0; i < 10 && channel.isOpen(); i++) {
            channel.writeInbound(Unpooled.copiedBuffer("y".repeat(512), StandardCharsets.US_ASCII));
        }

        assertThat(channel.isOpen()).isFalse();
        channel.finishAndReleaseAll();
        assertThat(LeakCounter.leaks()).isZero();
    }
}
