package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigCheckTest {
    private static final String GOOD = TestKubeconfigs.forServer("https://10.0.0.1:6443", "secret-token-42");

    @Test
    void aKubeconfigWithAServerAndAnInlineTokenIsAccepted() {
        assertThat(KubeconfigCheck.problem(GOOD)).isEmpty();
    }

    @Test
    void aMissingOrBlankKubeconfigIsRequired() {
        assertThat(KubeconfigCheck.problem(null)).hasValueSatisfying(m -> assertThat(m).startsWith("is required"));
        assertThat(KubeconfigCheck.problem("  \n")).hasValueSatisfying(m -> assertThat(m).startsWith("is required"));
    }

    @Test
    void textThatIsNotAKubeconfigIsReportedWithoutQuotingIt() {
        String text = "{{{ not: [yaml secret-token-42";

        assertThat(KubeconfigCheck.problem(text)).hasValueSatisfying(m ->
                assertThat(m).contains("could not be parsed").doesNotContain("secret-token-42"));
    }

    @Test
    void aKubeconfigWithoutACurrentContextIsRefused() {
        String text = GOOD.replace("current-context: test\n", "");

        assertThat(KubeconfigCheck.problem(text)).hasValueSatisfying(m -> assertThat(m).contains("current-context"));
    }

    @Test
    void anExecPluginIsRefusedWithoutBeingRun(@TempDir Path dir) {
        Path ran = dir.resolve("ran");
        String exec = GOOD.replace("    token: secret-token-42\n", """
                    exec:
                      apiVersion: client.authentication.k8s.io/v1
                      command: /usr/bin/touch
                      args: [%s]
                """.formatted(ran));

        assertThat(KubeconfigCheck.problem(exec)).hasValueSatisfying(m -> assertThat(m).contains("exec"));
        assertThat(ran).doesNotExist();
    }

    @Test
    void localFilesAreRefusedBecauseTheServerWouldReadItsOwnFiles() {
        String files = GOOD.replace("    server: https://10.0.0.1:6443\n",
                "    server: https://10.0.0.1:6443\n    certificate-authority: /etc/ca.crt\n");

        assertThat(KubeconfigCheck.problem(files)).hasValueSatisfying(m -> assertThat(m).contains("certificate-authority"));
    }
}
