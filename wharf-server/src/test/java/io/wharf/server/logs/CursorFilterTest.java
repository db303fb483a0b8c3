package io.wharf.server.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.LogLine;
import io.wharf.model.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CursorFilterTest {
    private static final Instant T1 = Instant.parse("2026-12-07T04:23:47Z");
    private static final Instant T2 = Instant.parse("2026-12-07T04:23:48Z");
    private static final List<LogLine> LOG = List.of(new LogLine(T1, "a"), new LogLine(T1, "b"), new LogLine(T2, "c"),
            new LogLine(T2, "d"), new LogLine(T2, "e"));

    private static List<String> after(String cursor) {
        CursorFilter filter = new CursorFilter(cursor == null ? null : LogCursor.parse("cursor", cursor));
        return LOG.stream().filter(filter::pass).map(LogLine::text).toList();
    }

    @Test
    void aCursorInsideLinesOfTheSameTimeSkipsExactlyTheLinesAlreadyRead() {
        assertThat(after("2026-12-07T04:23:48Z/2")).containsExactly("e");
        assertThat(after("2026-12-07T04:23:47Z/1")).containsExactly("b", "c", "d", "e");
        assertThat(after("2026-12-07T04:23:47Z/2")).containsExactly("c", "d", "e");
    }

    @Test
    void aBareTimeGivesEveryLineAtAndAfterItAndNoCursorGivesAll() {
        assertThat(after("2026-12-07T04:23:48Z")).containsExactly("c", "d", "e");
        assertThat(after(null)).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void everyPrefixOfTheLogFollowedByItsCursorRebuildsTheLogOnce() {
        for (int read = 1; read <= LOG.size(); read++) {
            List<LogLine> first = LOG.subList(0, read);
            Instant last = first.get(read - 1).time();
            long atLast = first.stream().filter(l -> l.time().equals(last)).count();

            List<String> rest = after(last + "/" + atLast);

            assertThat(Stream.concat(first.stream().map(LogLine::text), rest.stream()).toList())
                    .containsExactly("a", "b", "c", "d", "e");
        }
    }

    @Test
    void aCursorThatIsNoTimeIsInvalidAndNamesTheField() {
        assertThatThrownBy(() -> LogCursor.parse("cursor", "yesterday/2")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> LogCursor.parse("cursor", "2026-12-07T04:23:48Z/-1")).isInstanceOf(ValidationException.class);
    }
}
