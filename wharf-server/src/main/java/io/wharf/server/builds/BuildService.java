package io.wharf.server.builds;

import io.wharf.build.BuildException;
import io.wharf.build.BuildInput;
import io.wharf.build.BuildJob;
import io.wharf.build.BuildLog;
import io.wharf.build.BuildQueue;
import io.wharf.build.BuildState;
import io.wharf.build.Builder;
import io.wharf.build.GitSource;
import io.wharf.build.ImageName;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.model.Errors;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Builds of apps: checks a request, records it Queued and hands it to the queue; the queue's
 * {@link BuildOutcomes} records how it went. Builds that were unfinished when the server stopped are
 * marked Failed "server restarted" when it starts.
 */
@Service
public class BuildService {
    static final String RESTARTED = "server restarted";
    private final Store store;
    private final BuildRows rows;
    private final SourceService sources;
    private final BuildQueue queue;
    private final Builder builder;
    private final BuildLogs logs;
    private final BuildOutcomes outcomes;
    private final String registry;
    private final Clock clock;

    public BuildService(Store store, BuildRows rows, SourceService sources, BuildQueue queue, Builder builder,
                        BuildLogs logs, BuildOutcomes outcomes,
                        @Value("${wharf.registry.address:127.0.0.1:7050}") String registry, Clock clock) {
        this.store = store;
        this.rows = rows;
        this.sources = sources;
        this.queue = queue;
        this.builder = builder;
        this.logs = logs;
        this.outcomes = outcomes;
        this.registry = registry;
        this.clock = clock;
        rows.failUnfinished(RESTARTED, clock.instant());
    }

    public BuildResponse submit(AppKey key, BuildRequest request) {
        AppLookup.require(store, key);
        Optional<StoredSource> source = sources.find(key);
        if (request.git() == null && source.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "No source", "app " + key + " has no build source: give \"git\""
                    + " or set one with PUT .../apps/" + key.app() + "/source");
        }
        GitSource git = request.git() == null ? sources.gitSource(key, source.get()) : git(key, request.git(), source);
        BuildInput input = input(request, source);
        BuildJob job = new BuildJob(git, input, ImageName.repository(registry, key.system(), key.app()));
        String id = UUID.randomUUID().toString();
        BuildResponse queued = new BuildResponse(id, BuildState.Queued.name(), null,
                new BuildRequest.Git(git.url(), git.ref()), input.dockerfile(), input.context(), input.buildArgs(),
                new ArrayList<>(input.secrets().keySet()), request.git() == null, null, null, null, null,
                clock.instant(), null, null);
        rows.insert(key, queued);
        List<String> masked = new ArrayList<>(input.secrets().values());
        if (git.password() != null) {
            masked.add(git.password());
        }
        queue.submit(id, cancellation -> {
            try (BuildLog log = new BuildLog(logs.file(id), masked)) {
                log.line("build " + id + " of " + key + ": " + git.url() + " " + git.ref());
                return builder.build(job, log, cancellation);
            }
        }, outcomes.listener(key, masked));
        return queued;
    }

    public List<BuildResponse> list(AppKey key) {
        AppLookup.require(store, key);
        return rows.list(key);
    }

    public BuildResponse get(AppKey key, String id) {
        AppLookup.require(store, key);
        return rows.find(key, id).orElseThrow(() -> ApiException.notFound("build " + id + " of app " + key));
    }

    public BuildResponse cancel(AppKey key, String id) {
        BuildResponse build = get(key, id);
        if (!queue.cancel(id, "cancelled")) {
            throw ApiException.conflict("build " + id + " is " + build.state() + " already");
        }
        return get(key, id);
    }

    /** Whether the build is queued or running, so that its log may still grow. */
    public boolean active(String id) {
        return queue.active(id);
    }

    /** A git location given with the request uses the source's credential only when it is the source's URL. */
    private GitSource git(AppKey key, BuildRequest.Git git, Optional<StoredSource> source) {
        Errors errors = new Errors();
        check(errors, "git.url", () -> sources.checkUrl(git.url()));
        check(errors, "git.ref", () -> GitSource.checkRef(git.ref()));
        errors.throwIfAny();
        if (source.isPresent() && source.get().url().equals(git.url())) {
            GitSource stored = sources.gitSource(key, source.get());
            return new GitSource(git.url(), git.ref(), stored.username(), stored.password());
        }
        return new GitSource(git.url(), git.ref());
    }

    private static BuildInput input(BuildRequest request, Optional<StoredSource> source) {
        String dockerfile = request.dockerfile() != null ? request.dockerfile()
                : request.git() == null ? source.get().dockerfile() : null;
        String context = request.context() != null ? request.context()
                : request.git() == null ? source.get().context() : null;
        Errors errors = new Errors();
        check(errors, "dockerfile", () -> new BuildInput(dockerfile, null, null, null));
        check(errors, "context", () -> new BuildInput(null, context, null, null));
        check(errors, "buildArgs", () -> new BuildInput(null, null, request.buildArgs(), null));
        check(errors, "secrets", () -> new BuildInput(null, null, null, request.secrets()));
        errors.throwIfAny();
        return new BuildInput(dockerfile, context, request.buildArgs(), request.secrets());
    }

    private static void check(Errors errors, String field, Runnable check) {
        try {
            check.run();
        } catch (BuildException e) {
            errors.add(field, e.getMessage());
        } catch (NullPointerException e) {
            errors.add(field, "must not hold null values");
        }
    }
}
