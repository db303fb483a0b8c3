package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's role table is the code's: same operations, same needs, same order. */
class RoleTableDocumentedTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) (/\\S*)` \\| ([a-z-]+) \\|$");

    @Test
    void theReadmeListsEveryOperationWithWhatItNeeds() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("..", "README.md")).stream()
                .map(ROW::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).toList();

        assertThat(documented).containsExactlyElementsOf(OperationRoles.ROWS.stream()
                .map(r -> r.operation() + " " + r.need().name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }
}
