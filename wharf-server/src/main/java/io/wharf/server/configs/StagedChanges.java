package io.wharf.server.configs;

import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.Errors;
import io.wharf.model.ValidationException;
import io.wharf.server.api.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Config files staged with {@code ?rollout=false}: they wait for the app's next release, whoever
 * makes it. The release service applies them to the template it deploys and clears them once the
 * release is stored.
 */
@Component
public class StagedChanges {
    private final StagedConfigRows rows;

    public StagedChanges(JdbcClient jdbc) {
        this.rows = new StagedConfigRows(jdbc);
    }

    /**
     * {@code template} with the staged config files in place of those of the same name.
     * @throws ApiException 409 when a staged file no longer fits the template (for example its path is now taken)
     */
    public AppTemplate applyTo(AppKey app, AppTemplate template) {
        List<ConfigFile> staged = rows.list(app);
        if (staged.isEmpty()) {
            return template;
        }
        AppTemplate merged = merge(template, staged);
        try {
            Errors errors = new Errors();
            merged.validate(errors);
            errors.throwIfAny();
        } catch (ValidationException e) {
            throw ApiException.conflict("the staged config files " + staged.stream().map(ConfigFile::name).toList()
                    + " do not fit this release (" + e.getMessage() + "); change or delete them first");
        }
        return merged;
    }

    /** Forgets the staged files that {@code deployed} now contains. */
    public void clear(AppKey app, AppTemplate deployed) {
        for (ConfigFile staged : rows.list(app)) {
            if (deployed.config(staged.name()).filter(staged::equals).isPresent()) {
                rows.deleteIfUnchanged(app, staged);
            }
        }
    }

    static AppTemplate merge(AppTemplate template, List<ConfigFile> staged) {
        List<ConfigFile> configs = new ArrayList<>(template.configs());
        for (ConfigFile file : staged) {
            configs.removeIf(c -> c.name().equals(file.name()));
            configs.add(file);
        }
        return template.withConfigs(configs);
    }

    public List<ConfigFile> list(AppKey app) {
        return rows.list(app);
    }

    public void stage(AppKey app, ConfigFile config, Instant now) {
        rows.put(app, config, now);
    }

    public boolean unstage(AppKey app, String name) {
        return rows.delete(app, name);
    }
}
