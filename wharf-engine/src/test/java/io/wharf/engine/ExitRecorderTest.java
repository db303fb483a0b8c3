package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.ExitState;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.SupportsExits;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.model.AppKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExitRecorderTest {
    private static final AppKey APP = new AppKey("demo", "web");
    private static final Instant FINISHED = Instant.parse("2026-12-07T04:00:00.123456789Z");

    @Test
    void keepsTheLastThousandLinesTheCodeAndTheTimeOfAnExit() {
        List<InstanceExit> heard = new ArrayList<>();
        ExitRecorder recorder = new ExitRecorder(new ExitedRuntime(3, false, 1_500), Clock.systemUTC());
        recorder.addListener(heard::add);

        recorder.record(APP, "web-a", 3);

        assertThat(heard).singleElement().satisfies(exit -> {
            assertThat(exit.exitCode()).isEqualTo(3);
            assertThat(exit.reason()).isEqualTo("Error");
            assertThat(exit.time()).isEqualTo(FINISHED);
            assertThat(exit.lines()).hasSize(1_000).startsWith("line 501").endsWith("line 1500");
        });
    }

    @Test
    void namesAnOutOfMemoryKillAndAKillByItsReason() {
        assertThat(InstanceExit.reason(137, true)).isEqualTo("OOMKilled");
        assertThat(InstanceExit.reason(137, false)).isEqualTo("Killed");
        assertThat(InstanceExit.reason(1, false)).isEqualTo("Error");
        assertThat(InstanceExit.reason(0, false)).isEqualTo("Completed");
    }

    @Test
    void reportsAnOomKillTheRuntimeSaw() {
        List<InstanceExit> heard = new ArrayList<>();
        ExitRecorder recorder = new ExitRecorder(new ExitedRuntime(137, true, 2), Clock.systemUTC());
        recorder.addListener(heard::add);

        recorder.record(APP, "web-a", 137);

        assertThat(heard).singleElement().extracting(InstanceExit::reason).isEqualTo("OOMKilled");
    }

    @Test
    void aListenerThatFailsDoesNotStopTheEngine() {
        ExitRecorder recorder = new ExitRecorder(new ExitedRuntime(1, false, 1), Clock.fixed(FINISHED, ZoneOffset.UTC));
        recorder.addListener(exit -> {
            throw new IllegalStateException("database down");
        });

        recorder.record(APP, "web-a", 1);
    }

    private record ExitedRuntime(int code, boolean oom, int lines) implements Runtime, SupportsExits, SupportsLogs {
        @Override
        public Optional<ExitState> exitState(String instanceId) {
            return Optional.of(new ExitState(code, oom, FINISHED));
        }

        @Override
        public Optional<List<String>> logs(String instanceId, LogQuery query) {
            return Optional.of(IntStream.rangeClosed(1, lines).mapToObj(i -> "line " + i)
                    .skip(Math.max(0, lines - query.tailLines())).toList());
        }

        @Override
        public String name() {
            return "exited";
        }

        @Override
        public void remove(String instanceId, Duration grace) {
        }

        @Override
        public Optional<RuntimeInstance> inspect(String instanceId) {
            return Optional.empty();
        }

        @Override
        public List<RuntimeInstance> list() {
            return List.of();
        }

        @Override
        public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
            return () -> { };
        }

        @Override
        public void close() {
        }
    }
}
