package io.wharf.server.configs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.Release;
import io.wharf.model.Strategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigHistoryTest {
    private static final AppKey APP = new AppKey("shop", "web");
    private static final AppTemplate BASE = new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(),
            null, null);

    private static Release release(long revision, ConfigFile... configs) {
        AppTemplate template = BASE.withConfigs(List.of(configs));
        return new Release(APP, revision, template, Strategy.defaultFor(template.type(), 60), "admin", Instant.EPOCH, "");
    }

    @Test
    void aFileWasLastChangedInTheOldestOfTheNewestReleasesThatHaveItUnchanged() {
        ConfigFile v1 = new ConfigFile("app", "/a", "1");
        ConfigFile v2 = new ConfigFile("app", "/a", "2");
        ConfigFile other = new ConfigFile("other", "/b", "x");

        List<Release> newestFirst = List.of(release(5, v2, other), release(4, v2), release(3, v1), release(2, v2));

        assertThat(ConfigHistory.lastChanged(newestFirst, v2)).isEqualTo(4);
        assertThat(ConfigHistory.lastChanged(newestFirst, other)).isEqualTo(5);
    }

    @Test
    void aMovedFileCountsAsChanged() {
        ConfigFile here = new ConfigFile("app", "/a", "1");
        ConfigFile moved = new ConfigFile("app", "/b", "1");

        assertThat(ConfigHistory.lastChanged(List.of(release(3, moved), release(2, here)), moved)).isEqualTo(3);
    }

    @Test
    void stagedFilesReplaceThoseOfTheSameNameAndAddTheOthers() {
        AppTemplate template = BASE.withConfigs(List.of(new ConfigFile("a", "/a", "old"), new ConfigFile("b", "/b", "b")));

        AppTemplate merged = StagedChanges.merge(template, List.of(new ConfigFile("a", "/a", "new"),
                new ConfigFile("c", "/c", "c")));

        assertThat(merged.configs()).containsExactly(new ConfigFile("a", "/a", "new"), new ConfigFile("b", "/b", "b"),
                new ConfigFile("c", "/c", "c"));
    }
}
