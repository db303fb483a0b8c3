package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.runtime.ExitState;
import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Following what an instance prints as it prints it, from a time on; and how an exited instance ended. */
class PodmanLogFollowIT extends AbstractPodmanRuntimeIT {
    private static final List<String> COUNTS = List.of("/bin/sh", "-c",
            "sleep 1; for i in $(seq 40); do echo line $i; sleep 0.05; done; sleep 30");

    PodmanLogFollowIT() {
        super("podfol");
    }

    @Test
    void aFollowerGetsEveryLineAsItIsWrittenWithItsTime() throws Exception {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, COUNTS, 0, 0, 0));
        Collected sink = new Collected();

        try (AutoCloseable follow = runtime.follow(instance.id(), null, 100, sink).orElseThrow()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.lines.size() == 40);
        }

        assertThat(sink.texts()).isEqualTo(IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i).toList());
        assertThat(sink.lines).extracting(LogLine::time).isSorted().allSatisfy(t -> assertThat(t).isNotNull());
    }

    @Test
    void aFollowerFromATimeGetsTheLinesAtAndAfterIt() throws Exception {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, COUNTS, 0, 0, 0));
        Collected first = new Collected();
        try (AutoCloseable follow = runtime.follow(instance.id(), null, 100, first).orElseThrow()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> first.lines.size() == 40);
        }
        LogLine middle = first.lines.get(20);
        Collected again = new Collected();

        try (AutoCloseable follow = runtime.follow(instance.id(), middle.time(), 100, again).orElseThrow()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> again.texts().contains("line 40"));
        }

        assertThat(again.lines).isEqualTo(first.lines.stream().filter(l -> !l.time().isBefore(middle.time())).toList());
    }

    @Test
    void anInstanceThatIsNotThereCannotBeFollowed() {
        assertThat(runtime.follow("web-nope", null, 10, new Collected())).isEmpty();
    }

    @Test
    void anExitedInstanceTellsItsCode() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of("/bin/sh", "-c", "echo bye; exit 3"), 0, 0, 0));

        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.exitState(instance.id()).isPresent());

        ExitState state = runtime.exitState(instance.id()).orElseThrow();
        assertThat(state.exitCode()).isEqualTo(3);
        assertThat(state.oomKilled()).isFalse();
        assertThat(state.finishedAt()).isNotNull();
    }
}
