package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigCheckTest {
    private static final String GOOD = TestKubeconfigs.forServer("https://10.0.0.1:6443", "secret-token-42");

    @Test
    void aKubeconfigWithAServerAndAnInlineTokenIsAccepted() {
        assertThat(KubeconfigCheck.problem(GOOD, false)).isEmpty();
    }

    @Test
    void aMissingOrBlankKubeconfigIsRequired() {
        assertThat(KubeconfigCheck.problem(null, false)).hasValueSatisfying(m -> assertThat(m).startsWith("is required"));
        assertThat(KubeconfigCheck.problem("  \n", false)).hasValueSatisfying(m -> assertThat(m).startsWith("is required"));
    }

    @Test
    void textThatIsNotAKubeconfigIsReportedWithoutQuotingIt() {
        String text = "{{{ not: [yaml secret-token-42";

        assertThat(KubeconfigCheck.problem(text, false)).hasValueSatisfying(m ->
                assertThat(m).contains("could not be parsed").doesNotContain("secret-token-42"));
    }

    @Test
    void aKubeconfigWithoutACurrentContextIsRefused() {
        String text = GOOD.replace("current-context: test\n", "");

        assertThat(KubeconfigCheck.problem(text, false)).hasValueSatisfying(m -> assertThat(m).contains("current-context"));
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

        assertThat(KubeconfigCheck.problem(exec, false)).hasValueSatisfying(m -> assertThat(m).contains("exec"));
        assertThat(ran).doesNotExist();
    }

    @Test
    void localFilesAreRefusedBecauseTheServerWouldReadItsOwnFiles() {
        String files = GOOD.replace("    server: https://10.0.0.1:6443\n",
                "    server: https://10.0.0.1:6443\n    certificate-authority: /etc/ca.crt\n");

        assertThat(KubeconfigCheck.problem(files, false)).hasValueSatisfying(m -> assertThat(m).contains("certificate-authority"));
    }

    @Test
    void aKubeconfigThatSkipsTheCertificateCheckIsRefusedUnlessTheClusterIsRegisteredAsInsecure() {
        String insecure = GOOD.replace("    server: https://10.0.0.1:6443",
                "    server: https://10.0.0.1:6443\n    insecure-skip-tls-verify: true");

        assertThat(insecure).contains("insecure-skip-tls-verify: true");
        assertThat(KubeconfigCheck.problem(insecure, false)).get().asString().contains("insecure-skip-tls-verify")
                .contains("--insecure").doesNotContain("secret-token-42");
        assertThat(KubeconfigCheck.problem(insecure, true)).isEmpty();
        assertThat(KubeconfigCheck.problem(GOOD, false)).isEmpty();
    }
}
