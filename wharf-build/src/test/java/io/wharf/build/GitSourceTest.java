package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GitSourceTest {
    @ParameterizedTest
    @ValueSource(strings = {"ssh://git@example.org/x.git", "ext::sh -c touch% /tmp/pwned", "git@example.org:x.git",
            "--upload-pack=touch /tmp/x", "/srv/git/x.git", "https://ada:pw@example.org/x.git"})
    void refusesUrlsOtherThanHttpHttpsAndFileWithoutACredential(String url) {
        assertThatThrownBy(() -> new GitSource(url, "main")).isInstanceOf(BuildException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-main", "a..b", "main.lock", "a b", "refs@{1}", "x:y", "/main", ""})
    void refusesRefsThatAreNotBranchOrTagNames(String ref) {
        assertThatThrownBy(() -> new GitSource("https://example.org/x.git", ref)).isInstanceOf(BuildException.class);
    }

    @Test
    void acceptsBranchesWithSlashesAndTags() {
        assertThat(new GitSource("file:///srv/x.git", "feature/login").ref()).isEqualTo("feature/login");
        assertThat(new GitSource("https://example.org/x.git", "v1.2.3").ref()).isEqualTo("v1.2.3");
    }

    @Test
    void tellsAUrlOnThisMachinesDiskFromARemoteOne() {
        assertThat(GitSource.isFileUrl("file:///srv/x.git")).isTrue();
        assertThat(GitSource.isFileUrl("FILE:///srv/x.git")).isTrue();
        assertThat(GitSource.isFileUrl("file:/srv/x.git")).isTrue();
        assertThat(GitSource.isFileUrl("file:srv")).isTrue();
        assertThat(GitSource.isFileUrl("https://example.org/file:x.git")).isFalse();
        assertThat(GitSource.isFileUrl("http://file.example.org/x.git")).isFalse();
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new GitSource("https://example.org/x.git", "main", "ada", "hunter2-secret").toString())
                .contains("ada").doesNotContain("hunter2-secret");
    }
}
