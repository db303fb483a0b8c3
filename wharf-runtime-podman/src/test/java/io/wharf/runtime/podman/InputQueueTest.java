package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class InputQueueTest {
    @Test
    void theReaderGetsTheChunksInOrderThenTheEnd() throws IOException {
        InputQueue input = new InputQueue();
        input.add("echo ".getBytes(StandardCharsets.UTF_8));
        input.add("hi\n".getBytes(StandardCharsets.UTF_8));
        input.open();
        input.end();

        assertThat(new String(input.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("echo hi\n");
        assertThat(input.read()).isEqualTo(-1);
    }

    @Test
    void nothingIsReadBeforeTheQueueIsOpened() throws Exception {
        InputQueue input = new InputQueue();
        input.add(new byte[] {7});
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return input.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThatThrownBy(() -> read.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        input.open();
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(7);
    }

    @Test
    void aChunkIsCopiedWhenAddedSoTheWriterMayReuseItsBuffer() throws IOException {
        InputQueue input = new InputQueue();
        byte[] buffer = {'a'};
        input.add(buffer);
        buffer[0] = 'b';
        input.open();
        input.end();

        assertThat(input.readAllBytes()).containsExactly('a');
    }

    @Test
    void aSmallReadTakesPartOfAChunkAndTheRestComesNext() throws IOException {
        InputQueue input = new InputQueue();
        input.add(new byte[] {1, 2, 3});
        input.open();
        byte[] two = new byte[2];

        assertThat(input.read(two, 0, 2)).isEqualTo(2);
        assertThat(two).containsExactly(1, 2);
        assertThat(input.read()).isEqualTo(3);
    }
}
