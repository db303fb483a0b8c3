package io.wharf.server.configs;

import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.ConfigFile;
import io.wharf.model.Release;
import io.wharf.server.api.ApiException;
import java.util.List;
import java.util.Optional;

/** What the stored releases say about an app's config files. */
final class ConfigHistory {
    private final Store store;

    ConfigHistory(Store store) {
        this.store = store;
    }

    /** The oldest revision of the unbroken run of newest releases that have exactly this file. */
    static Long lastChanged(List<Release> newestFirst, ConfigFile current) {
        Long since = null;
        for (Release release : newestFirst) {
            if (release.template().config(current.name()).filter(current::equals).isEmpty()) {
                break;
            }
            since = release.revision();
        }
        return since;
    }

    /** The file in that revision, empty if that revision has none of this name. */
    Optional<ConfigFile> at(AppKey app, String name, long revision) {
        Release release = store.findRelease(app, revision)
                .orElseThrow(() -> ApiException.notFound("revision " + revision + " of " + app));
        return release.template().config(name);
    }

    /** A unified diff of the file's content from one revision to another; a missing file counts as empty. */
    String diff(AppKey app, String name, long from, long to) {
        Optional<ConfigFile> before = at(app, name, from);
        Optional<ConfigFile> after = at(app, name, to);
        if (before.isEmpty() && after.isEmpty()) {
            throw ApiException.notFound("config " + name + " in revisions " + from + " and " + to + " of " + app);
        }
        return UnifiedDiff.of(label(before, name, from), label(after, name, to),
                before.map(ConfigFile::content).orElse(""), after.map(ConfigFile::content).orElse(""));
    }

    private static String label(Optional<ConfigFile> file, String name, long revision) {
        return file.map(f -> f.path() + "\t(" + name + ", revision " + revision + ")").orElse("/dev/null");
    }
}
