package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedOutputTest {
    @Test
    void whatFitsIsKeptWhole() {
        CappedOutput out = new CappedOutput(10);
        out.write("hello ".getBytes(StandardCharsets.UTF_8), 0, 6);
        out.write('!');

        assertThat(out.text()).isEqualTo("hello !");
        assertThat(out.truncated()).isFalse();
    }

    @Test
    void bytesPastTheLimitAreDroppedAndThatIsSaid() {
        CappedOutput out = new CappedOutput(4);
        out.write("abc".getBytes(StandardCharsets.UTF_8), 0, 3);
        out.write("defg".getBytes(StandardCharsets.UTF_8), 0, 4);
        out.write('h');

        assertThat(out.text()).isEqualTo("abcd");
        assertThat(out.truncated()).isTrue();
    }

    @Test
    void theDefaultLimitIsOneMebibyteAndAResultSaysWhenEitherStreamWasCut() {
        CappedOutput stdout = new CappedOutput();
        stdout.write(new byte[ExecResult.MAX_OUTPUT_BYTES], 0, ExecResult.MAX_OUTPUT_BYTES);
        CappedOutput stderr = new CappedOutput();
        assertThat(ExecResult.of(0, stdout, stderr).truncated()).isFalse();

        stderr.write(new byte[ExecResult.MAX_OUTPUT_BYTES + 1], 0, ExecResult.MAX_OUTPUT_BYTES + 1);
        ExecResult result = ExecResult.of(2, stdout, stderr);

        assertThat(result.truncated()).isTrue();
        assertThat(result.stderr()).hasSize(ExecResult.MAX_OUTPUT_BYTES);
        assertThat(result.exitCode()).isEqualTo(2);
    }
}
