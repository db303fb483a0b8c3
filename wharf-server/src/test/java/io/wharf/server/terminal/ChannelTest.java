package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChannelTest {
    @Test
    void aFrameIsTheChannelByteThenTheData() {
        assertThat(Channel.encode(Channel.STDOUT, "hi".getBytes(StandardCharsets.UTF_8))).containsExactly(1, 'h', 'i');
        assertThat(Channel.encode(Channel.ERROR, new byte[0])).containsExactly(3);
    }

    @Test
    void decodingGivesTheChannelAndTheDataWithoutMovingTheBuffer() {
        ByteBuffer message = ByteBuffer.wrap(new byte[] {0, 'l', 's', '\n'});

        Channel.Frame frame = Channel.decode(message);

        assertThat(frame.channel()).isEqualTo(Channel.STDIN);
        assertThat(new String(frame.data(), StandardCharsets.UTF_8)).isEqualTo("ls\n");
        assertThat(message.remaining()).isEqualTo(4);
    }

    @Test
    void theCloseChannelIs255NotMinusOne() {
        assertThat(Channel.decode(ByteBuffer.wrap(new byte[] {(byte) 255, 0})).channel()).isEqualTo(Channel.CLOSE);
    }

    @Test
    void anEmptyMessageNamesNoChannel() {
        assertThatThrownBy(() -> Channel.decode(ByteBuffer.allocate(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
