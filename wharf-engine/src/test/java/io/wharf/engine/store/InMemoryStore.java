package io.wharf.engine.store;

import io.wharf.engine.EngineException;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.SystemSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link Store} in memory, with the rules of the database one: an app belongs to an existing
 * system, events belong to an existing app, and deleting a system or an app deletes what belongs
 * to it. Every method is atomic (synchronized).
 */
public final class InMemoryStore implements Store {
    private final Map<String, SystemSpec> systems = new TreeMap<>();
    private final Map<AppKey, App> apps = new LinkedHashMap<>();
    private final Map<AppKey, AppStatus> statuses = new LinkedHashMap<>();
    private final Map<AppKey, List<AppEvent>> events = new LinkedHashMap<>();
    private final Map<AppKey, TreeMap<Long, Release>> releases = new LinkedHashMap<>();
    private final Map<AppKey, Rollout> rollouts = new LinkedHashMap<>();

    @Override
    public synchronized void createSystem(SystemSpec system) {
        if (systems.putIfAbsent(system.name(), system) != null) {
            throw new StoreConflictException("system " + system.name() + " exists already");
        }
    }

    @Override
    public synchronized Optional<SystemSpec> findSystem(String name) {
        return Optional.ofNullable(systems.get(name));
    }

    @Override
    public synchronized List<SystemSpec> listSystems() {
        return List.copyOf(systems.values());
    }

    @Override
    public synchronized boolean deleteSystem(String name) {
        if (systems.remove(name) == null) {
            return false;
        }
        List.copyOf(apps.keySet()).stream().filter(k -> k.system().equals(name)).forEach(this::deleteApp);
        return true;
    }

    @Override
    public synchronized void createApp(App app) {
        if (!systems.containsKey(app.system())) {
            throw new EngineException("system " + app.system() + " does not exist");
        }
        if (apps.putIfAbsent(app.key(), app) != null) {
            throw new StoreConflictException("app " + app.key() + " exists already");
        }
        events.put(app.key(), new ArrayList<>());
    }

    @Override
    public synchronized void createApp(App app, Release first) {
        createApp(app);
        releases.put(app.key(), new TreeMap<>(Map.of(first.revision(), first)));
    }

    @Override
    public synchronized boolean updateApp(App app) {
        return apps.replace(app.key(), app) != null;
    }

    @Override
    public synchronized boolean updateApp(App app, Release release) {
        if (!apps.containsKey(app.key())) {
            return false;
        }
        TreeMap<Long, Release> list = releases.computeIfAbsent(app.key(), k -> new TreeMap<>());
        if (list.containsKey(release.revision())) {
            throw new StoreConflictException("release " + release.revision() + " of " + app.key() + " exists already");
        }
        list.put(release.revision(), release);
        apps.put(app.key(), app);
        return true;
    }

    @Override
    public synchronized List<Release> listReleases(AppKey key) {
        return List.copyOf(releases.getOrDefault(key, new TreeMap<>()).descendingMap().values());
    }

    @Override
    public synchronized Optional<Release> findRelease(AppKey key, long revision) {
        return Optional.ofNullable(releases.getOrDefault(key, new TreeMap<>()).get(revision));
    }

    @Override
    public synchronized void saveRollout(AppKey key, Rollout rollout) {
        if (apps.containsKey(key)) {
            rollouts.put(key, rollout);
        }
    }

    @Override
    public synchronized Optional<Rollout> findRollout(AppKey key) {
        return Optional.ofNullable(rollouts.get(key));
    }

    @Override
    public synchronized Optional<App> findApp(AppKey key) {
        return Optional.ofNullable(apps.get(key));
    }

    @Override
    public synchronized List<App> listApps(String system) {
        return apps.values().stream().filter(a -> a.system().equals(system)).sorted(Comparator.comparing(App::name)).toList();
    }

    @Override
    public synchronized List<App> listAllApps() {
        return apps.values().stream().sorted(Comparator.comparing(App::system).thenComparing(App::name)).toList();
    }

    @Override
    public synchronized boolean deleteApp(AppKey key) {
        statuses.remove(key);
        events.remove(key);
        releases.remove(key);
        rollouts.remove(key);
        return apps.remove(key) != null;
    }

    @Override
    public synchronized void saveStatus(AppKey key, AppStatus status) {
        if (apps.containsKey(key)) {
            statuses.put(key, status);
        }
    }

    @Override
    public synchronized Optional<AppStatus> findStatus(AppKey key) {
        return Optional.ofNullable(statuses.get(key));
    }

    @Override
    public synchronized void appendEvent(AppKey key, AppEvent event) {
        List<AppEvent> list = events.get(key);
        if (list == null) {
            throw new EngineException("app " + key + " does not exist");
        }
        list.add(event);
    }

    @Override
    public synchronized List<AppEvent> listEvents(AppKey key, int limit) {
        List<AppEvent> list = events.getOrDefault(key, List.of());
        List<AppEvent> newestFirst = new ArrayList<>(list.subList(Math.max(0, list.size() - limit), list.size()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Every event of the app, oldest first. */
    public synchronized List<AppEvent> events(AppKey key) {
        return List.copyOf(events.getOrDefault(key, List.of()));
    }
}
