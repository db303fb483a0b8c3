package io.wharf.bench.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleSourceTest {
    @Test
    void theDependencyLayersComeBeforeTheSourceLayerSoAOneLineChangeRebuildsOnlyTheLast() {
        String dockerfile = SampleSource.dockerfile("localhost/wharf/hello:1");

        assertThat(dockerfile).startsWith("FROM localhost/wharf/hello:1\n");
        assertThat(dockerfile.indexOf("RUN cat /deps.txt")).isGreaterThan(dockerfile.indexOf("COPY deps.txt"))
                .isLessThan(dockerfile.indexOf("COPY app.txt"));
    }

    @Test
    void aChangeTouchesOnlyTheSourceFile() {
        assertThat(SampleSource.change("v2")).containsOnlyKeys("app.txt").containsValue("v2\n");
        assertThat(SampleSource.files("img", "v1")).containsKeys("Dockerfile", "deps.txt", "app.txt");
    }
}
