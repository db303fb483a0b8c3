package io.wharf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolsTest {
    @Test
    void aMissingProgramNamesTheSetupScript() {
        assertThatThrownBy(() -> Tools.require("no-such-program-wharf-bench")).isInstanceOf(BenchException.class)
                .hasMessageContaining("scripts/setup-bench.sh");
    }

    @Test
    void programsAreFoundOnThePath() {
        assertThat(Tools.find("sh", "/nonexistent:/bin:/usr/bin")).isPresent();
        assertThat(Tools.find("no-such-program-wharf-bench", "/bin")).isEmpty();
    }
}
