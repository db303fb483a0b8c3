package io.wharf.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The desired state of an application: how many instances of which release, and how traffic
 * reaches them. {@code revision} is the release that should run, {@code template} what it runs
 * and {@code strategy} how it replaces the one before; {@code changedAt} is when the desired state
 * last changed at all. {@code placement} says on which clusters the replicas run (null: all on
 * the local one) and {@code autoscale}, when set, lets Kubernetes clusters change the count with load.
 */
public record App(String system, String name, int replicas, AppTemplate template, long revision,
                  Instant createdAt, Instant changedAt, Routing routing, Strategy strategy, Placement placement,
                  Autoscale autoscale) {
    public App(String system, String name, int replicas, AppTemplate template, long revision, Instant createdAt,
               Instant changedAt, Routing routing, Strategy strategy) {
        this(system, name, replicas, template, revision, createdAt, changedAt, routing, strategy, null, null);
    }

    public App(String system, String name, int replicas, AppTemplate template, long revision, Instant createdAt,
               Instant changedAt) {
        this(system, name, replicas, template, revision, createdAt, changedAt, Routing.DEFAULT, null);
    }

    public App(String system, String name, int replicas, AppTemplate template, long revision, Instant createdAt,
               Instant changedAt, List<String> domains) {
        this(system, name, replicas, template, revision, createdAt, changedAt, Routing.DEFAULT.withDomains(domains),
                null);
    }

    public App {
        routing = routing == null ? Routing.DEFAULT : routing;
        strategy = strategy == null && template != null
                ? Strategy.defaultFor(template.type(), Strategy.DEFAULT_DEADLINE_SECONDS) : strategy;
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(changedAt, "changedAt");
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
    }

    public AppKey key() {
        return new AppKey(system, name);
    }

    public App withReplicas(int newReplicas, Instant now) {
        return new App(system, name, newReplicas, template, revision, createdAt, now, routing, strategy, placement,
                autoscale);
    }

    public List<String> domains() {
        return routing.domains();
    }

    public App withDomains(List<String> newDomains, Instant now) {
        return withRouting(routing.withDomains(newDomains), now);
    }

    /** Routing is no part of a revision: a change restarts nothing. */
    public App withRouting(Routing newRouting, Instant now) {
        return newRouting.equals(routing) ? this : new App(system, name, replicas, template, revision, createdAt, now,
                newRouting, strategy, placement, autoscale);
    }

    /** A new template is a new revision; an equal one changes nothing. */
    public App withTemplate(AppTemplate newTemplate, Instant now) {
        if (newTemplate.equals(template)) {
            return this;
        }
        return withRelease(newTemplate, revision + 1, strategy, now);
    }

    /** Deploys a release: it runs {@code newTemplate} as {@code newRevision}, rolled out by {@code newStrategy}. */
    public App withRelease(AppTemplate newTemplate, long newRevision, Strategy newStrategy, Instant now) {
        return new App(system, name, replicas, newTemplate, newRevision, createdAt, now, routing, newStrategy,
                placement, autoscale);
    }

    /** Placement and autoscaling are no part of a revision: a change restarts nothing. */
    public App withScaling(int newReplicas, Placement newPlacement, Autoscale newAutoscale, Instant now) {
        if (newReplicas == replicas && Objects.equals(newPlacement, placement) && Objects.equals(newAutoscale, autoscale)) {
            return this;
        }
        return new App(system, name, newReplicas, template, revision, createdAt, now, routing, strategy, newPlacement,
                newAutoscale);
    }

    /** The clusters and counts this app asks for, before selectors are matched: null placement means local. */
    public Placement placementOrLocal() {
        return placement != null ? placement : Placement.onClusters(Map.of(Placement.LOCAL, replicas));
    }

    /** Checks everything a user can set, with the configured upper bound for replicas. */
    public static void validate(String system, String name, int replicas, AppTemplate template, int maxReplicas) {
        Errors errors = new Errors();
        Names.check(errors, "system", system);
        Names.check(errors, "name", name);
        checkReplicas(errors, replicas, maxReplicas);
        template.validate(errors);
        errors.throwIfAny();
    }

    public static void checkReplicas(Errors errors, int replicas, int maxReplicas) {
        errors.check(replicas >= 0 && replicas <= maxReplicas, "replicas",
                "must be between 0 and " + maxReplicas + ", was " + replicas);
    }
}
