package io.wharf.server.configs;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.Errors;
import io.wharf.model.FieldError;
import io.wharf.model.Names;
import io.wharf.model.Release;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import io.wharf.server.releases.ReleaseService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An app's config files: each change is a new release, or is staged for the next release when
 * the caller asks for no rollout. Content of past releases comes from the stored releases.
 */
@Service
public class ConfigService {
    private final Store store;
    private final ReleaseService releases;
    private final StagedChanges staged;
    private final ConfigHistory history;
    private final Clock clock;

    public ConfigService(Store store, ReleaseService releases, StagedChanges staged, Clock clock) {
        this.store = store;
        this.releases = releases;
        this.staged = staged;
        this.history = new ConfigHistory(store);
        this.clock = clock;
    }

    /** What a change did: the file as it now stands, and whether it is new. */
    public record Changed(ConfigResponse config, boolean created) {
    }

    public Changed put(AppKey key, String name, ConfigRequest request, boolean rollout) {
        App app = AppLookup.require(store, key);
        ConfigFile config = new ConfigFile(name, request.path(), request.content());
        AppTemplate base = rollout ? app.template() : StagedChanges.merge(app.template(), staged.list(key));
        AppTemplate changed = withConfig(base, config);
        check(changed, config);
        boolean created = base.config(name).isEmpty();
        if (!rollout) {
            staged.stage(key, config, clock.instant());
            return new Changed(ConfigResponse.of(config, null, true), created);
        }
        staged.unstage(key, name);
        if (changed.equals(app.template())) {
            return new Changed(ConfigResponse.of(config, ConfigHistory.lastChanged(store.listReleases(key), config),
                    false), false);
        }
        Release release = releases.deploy(app, changed, null, null);
        return new Changed(ConfigResponse.of(config, release.revision(), false), created);
    }

    public List<ConfigResponse> list(AppKey key) {
        App app = AppLookup.require(store, key);
        List<Release> newestFirst = store.listReleases(key);
        List<ConfigResponse> configs = new ArrayList<>();
        for (ConfigFile config : app.template().configs()) {
            configs.add(ConfigResponse.of(config, ConfigHistory.lastChanged(newestFirst, config), false));
        }
        staged.list(key).forEach(config -> configs.add(ConfigResponse.of(config, null, true)));
        return configs;
    }

    /** The file in {@code revision}, or in the app's current release when it is null. */
    public ConfigContent get(AppKey key, String name, Long revision) {
        App app = AppLookup.require(store, key);
        long wanted = revision == null ? app.revision() : revision;
        ConfigFile config = (revision == null ? app.template().config(name) : history.at(key, name, wanted))
                .orElseThrow(() -> ApiException.notFound("config " + name + " in revision " + wanted + " of " + key));
        return ConfigContent.of(config, wanted);
    }

    public String diff(AppKey key, String name, Long from, Long to) {
        AppLookup.require(store, key);
        Errors errors = new Errors();
        errors.check(from != null && from >= 1, "from", "is required: a revision number, at least 1");
        errors.check(to != null && to >= 1, "to", "is required: a revision number, at least 1");
        errors.throwIfAny();
        return history.diff(key, name, from, to);
    }

    /** Removes the file from the app by a new release, and forgets a staged change of it. */
    public Long delete(AppKey key, String name) {
        App app = AppLookup.require(store, key);
        boolean wasStaged = staged.unstage(key, name);
        if (app.template().config(name).isEmpty()) {
            if (wasStaged) {
                return app.revision();
            }
            throw ApiException.notFound("config " + name + " of " + key);
        }
        List<ConfigFile> rest = new ArrayList<>(app.template().configs());
        rest.removeIf(c -> c.name().equals(name));
        return releases.deploy(app, app.template().withConfigs(rest), null, null).revision();
    }

    static AppTemplate withConfig(AppTemplate template, ConfigFile config) {
        List<ConfigFile> configs = new ArrayList<>(template.configs());
        configs.removeIf(c -> c.name().equals(config.name()));
        configs.add(config);
        return template.withConfigs(configs);
    }

    private static void check(AppTemplate changed, ConfigFile config) {
        Names.requireValid("name", config.name());
        List<FieldError> own = new ArrayList<>();
        boolean taken = changed.configs().stream().anyMatch(c -> !c.name().equals(config.name())
                && config.path() != null && config.path().equals(c.path()))
                || changed.secrets().stream().anyMatch(s -> config.path() != null && config.path().equals(s.path()));
        if (taken) {
            own.add(new FieldError("path", "is used by another config file or secret of this app: " + config.path()));
        }
        TemplateChecks.check(changed, TemplateChecks.prefix("configs",
                changed.configs().stream().map(ConfigFile::name).toList(), config.name()), own);
    }
}
