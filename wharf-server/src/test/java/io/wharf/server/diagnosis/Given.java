package io.wharf.server.diagnosis;

import io.wharf.engine.InstanceExit;
import io.wharf.engine.health.ProbeAnswer;
import io.wharf.engine.health.ProbeResult;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppStatus;
import io.wharf.model.HealthCheck;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.Resources;
import io.wharf.model.Rollout;
import io.wharf.server.quota.QuotaResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Facts of the app demo/hello for the rules' tests, built up a step at a time; times count from {@link #T0}. */
final class Given {
    static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
    private AppTemplate template = new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(),
            new Resources(null, "16Mi"), HealthCheck.http("/healthz"));
    private long revision = 1;
    private AppStatus status = new AppStatus(Phase.Progressing, 1, 0, "0/1 instances ready");
    private Rollout rollout;
    private final List<Instance> instances = new ArrayList<>();
    private final Map<String, ProbeResult> probes = new HashMap<>();
    private final Map<String, ListeningPorts> listening = new HashMap<>();
    private final List<InstanceExit> exits = new ArrayList<>();
    private final List<AppEvent> events = new ArrayList<>();
    private QuotaResponse quota = new QuotaResponse(new QuotaResponse.Amounts(null, null, null, null),
            new QuotaResponse.Amounts(1L, "0", "16Mi", 0L));
    private final List<ClusterRoom> clusters = new ArrayList<>();
    private Instant now = T0.plusSeconds(60);

    static Given app() {
        return new Given();
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    Given template(AppTemplate newTemplate) {
        template = newTemplate;
        return this;
    }

    Given revision(long newRevision) {
        revision = newRevision;
        return this;
    }

    Given status(Phase phase, int replicas, int ready, String message) {
        status = new AppStatus(phase, replicas, ready, message);
        return this;
    }

    Given available(int replicas) {
        return status(Phase.Available, replicas, replicas, replicas + "/" + replicas + " instances ready");
    }

    Given rollout(Rollout newRollout) {
        rollout = newRollout;
        return this;
    }

    Given instance(String id, boolean ready, int startedAtSecond) {
        instances.add(new Instance(id, "running", ready, "127.0.0.1:40000", revision, 0, at(startedAtSecond)));
        return this;
    }

    Given instance(Instance instance) {
        instances.add(instance);
        return this;
    }

    /** The instance's checks failed with {@code answer} from {@code since} to {@code last}. */
    Given probe(String id, String check, ProbeAnswer answer, int since, int last) {
        probes.put(id, new ProbeResult(id, check, 8080, answer, at(last), answer.passed() ? null : at(since),
                answer.passed() ? 0 : 1 + (last - since)));
        return this;
    }

    Given listening(String id, String procNetTcp) {
        listening.put(id, ListeningPorts.parse(procNetTcp));
        return this;
    }

    /** Kept exits are newest first, as the store lists them: add the newest first. */
    Given exit(String id, int code, String reason, int second, String... lines) {
        exits.add(new InstanceExit(new io.wharf.model.AppKey("demo", "hello"), id, code, reason, at(second), List.of(lines)));
        return this;
    }

    /** Events are newest first, as the store lists them: add the newest first. */
    Given event(int second, String type, String reason, String message) {
        events.add(new AppEvent(at(second), type, reason, message));
        return this;
    }

    Given quota(QuotaResponse.Amounts limit, QuotaResponse.Amounts used) {
        quota = new QuotaResponse(limit, used);
        return this;
    }

    Given cluster(ClusterRoom room) {
        clusters.add(room);
        return this;
    }

    Given now(int second) {
        now = at(second);
        return this;
    }

    Facts facts() {
        App app = new App("demo", "hello", status.replicas(), template, revision, T0, T0);
        return new Facts(app, status, rollout, instances, probes, listening, exits, events, quota, clusters, now);
    }
}
