package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.TerminalSize;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResizeMessageTest {
    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void kubernetesTerminalSizeGivesColumnsAndRows() {
        assertThat(ResizeMessage.parse(json("{\"Width\":100,\"Height\":30}"))).contains(new TerminalSize(100, 30));
        assertThat(ResizeMessage.parse(json("{\"Height\":24,\"Width\":80}"))).contains(new TerminalSize(80, 24));
    }

    @Test
    void aSizeOfZeroIsNoSizeYet() {
        assertThat(ResizeMessage.parse(json("{\"Width\":0,\"Height\":0}"))).isEmpty();
    }

    @Test
    void anythingElseIsRefusedSayingWhatASizeLooksLike() {
        for (String bad : new String[] {"80x24", "{\"Width\":80}", "{\"Width\":\"80\",\"Height\":24}",
                "{\"Width\":-1,\"Height\":24}", "{\"Width\":80.5,\"Height\":24}", "{\"Width\":80,\"Height\":10001}"}) {
            assertThatThrownBy(() -> ResizeMessage.parse(json(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{\"Width\":80,\"Height\":24}");
        }
    }
}
