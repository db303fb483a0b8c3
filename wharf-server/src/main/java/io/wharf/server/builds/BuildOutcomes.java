package io.wharf.server.builds;

import io.wharf.build.BuildLog;
import io.wharf.build.BuildQueue;
import io.wharf.build.BuildState;
import io.wharf.build.Built;
import io.wharf.model.AppKey;
import io.wharf.server.releases.Deployments;
import io.wharf.server.releases.ReleaseRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what the queue reports: a build's start, its end, the version a successful build made, and,
 * when the build came from the app's source with autoDeploy, a release of that version.
 */
@Component
public class BuildOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(BuildOutcomes.class);
    private final BuildRows builds;
    private final VersionRows versions;
    private final SourceRows sources;
    private final Deployments deployments;
    private final BuildLogs logs;
    private final Clock clock;

    public BuildOutcomes(BuildRows builds, VersionRows versions, SourceRows sources, Deployments deployments,
                         BuildLogs logs, Clock clock) {
        this.builds = builds;
        this.versions = versions;
        this.sources = sources;
        this.deployments = deployments;
        this.logs = logs;
        this.clock = clock;
    }

    BuildQueue.Listener listener(AppKey app, List<String> masked) {
        return new BuildQueue.Listener() {
            private Instant started;

            @Override
            public void started(String id) {
                started = clock.instant();
                builds.started(id, started);
            }

            @Override
            public void finished(String id, BuildState state, String message, Built built) {
                Instant now = clock.instant();
                try (BuildLog log = new BuildLog(logs.file(id), masked)) {
                    if (built == null) {
                        builds.finished(id, state, message, null, null, null, now);
                        log.line("build " + state + ": " + message);
                        return;
                    }
                    builds.finished(id, state, null, built.commit().id(), built.image(), built.digest(), now);
                    VersionResponse version = versions.insert(app, new VersionResponse(null, built.imageByDigest(),
                            built.digest(), built.commit().id(), built.commit().author(), built.commit().message(), id,
                            started, Duration.between(started, now).toMillis(), now));
                    log.line("build " + state + ": version " + version.id() + " is " + version.image());
                    autoDeploy(app, id, version, log);
                } catch (RuntimeException e) {
                    LOG.warn("cannot record the end of build {} of {}", id, app, e);
                }
            }
        };
    }

    private void autoDeploy(AppKey app, String id, VersionResponse version, BuildLog log) {
        boolean fromSource = builds.find(app, id).map(BuildResponse::fromSource).orElse(false);
        if (!fromSource || !sources.find(app).map(StoredSource::autoDeploy).orElse(false)) {
            return;
        }
        try {
            long revision = deployments.deploy(app, new ReleaseRequest(null, null, null, null, null, null, null,
                    version.id())).revision();
            log.line("deployed " + version.id() + " as revision " + revision + " (autoDeploy)");
        } catch (RuntimeException e) {
            log.line("autoDeploy of " + version.id() + " failed: " + e.getMessage());
        }
    }
}
