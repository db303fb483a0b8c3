package io.wharf.engine.placement;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.Placement;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.SystemSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The store as the local engine sees it: an app placed on other clusters too shows only its local
 * share of the replicas, its status goes to whoever combines the clusters' statuses, and what the
 * local engine writes back keeps the app's real replicas and placement.
 */
public final class LocalShareStore implements Store {
    private final Store store;
    private final BiConsumer<AppKey, AppStatus> localStatusOfPlacedApp;
    private final Consumer<AppKey> appRewritten;

    /**
     * @param appRewritten told when the local engine writes an app (an automatic rollback does), so
     *                     that the other clusters follow
     */
    public LocalShareStore(Store store, BiConsumer<AppKey, AppStatus> localStatusOfPlacedApp,
                           Consumer<AppKey> appRewritten) {
        this.store = store;
        this.localStatusOfPlacedApp = localStatusOfPlacedApp;
        this.appRewritten = appRewritten;
    }

    /** Whether some of the app's instances belong on clusters other than the local one. */
    public static boolean spansClusters(App app) {
        Placement p = app.placement();
        return p != null && !(p.fixed() && p.clusters().keySet().equals(Set.of(Placement.LOCAL)));
    }

    static App localView(App app) {
        return spansClusters(app) ? app.withScaling(Shares.local(app), app.placement(), null, app.changedAt()) : app;
    }

    private App keepScaling(App written) {
        return store.findApp(written.key()).map(stored -> written.withScaling(stored.replicas(), stored.placement(),
                stored.autoscale(), written.changedAt())).orElse(written);
    }

    @Override
    public Optional<App> findApp(AppKey key) {
        return store.findApp(key).map(LocalShareStore::localView);
    }

    @Override
    public List<App> listApps(String system) {
        return store.listApps(system).stream().map(LocalShareStore::localView).toList();
    }

    @Override
    public List<App> listAllApps() {
        return store.listAllApps().stream().map(LocalShareStore::localView).toList();
    }

    @Override
    public void saveStatus(AppKey key, AppStatus status) {
        if (store.findApp(key).filter(LocalShareStore::spansClusters).isPresent()) {
            localStatusOfPlacedApp.accept(key, status);
        } else {
            store.saveStatus(key, status);
        }
    }

    @Override
    public boolean updateApp(App app) {
        return rewritten(app.key(), store.updateApp(keepScaling(app)));
    }

    @Override
    public boolean updateApp(App app, Release release) {
        return rewritten(app.key(), store.updateApp(keepScaling(app), release));
    }

    private boolean rewritten(AppKey key, boolean updated) {
        if (updated) {
            appRewritten.accept(key);
        }
        return updated;
    }

    @Override
    public void createSystem(SystemSpec system) {
        store.createSystem(system);
    }

    @Override
    public Optional<SystemSpec> findSystem(String name) {
        return store.findSystem(name);
    }

    @Override
    public List<SystemSpec> listSystems() {
        return store.listSystems();
    }

    @Override
    public boolean deleteSystem(String name) {
        return store.deleteSystem(name);
    }

    @Override
    public void createApp(App app) {
        store.createApp(app);
    }

    @Override
    public void createApp(App app, Release first) {
        store.createApp(app, first);
    }

    @Override
    public List<Release> listReleases(AppKey key) {
        return store.listReleases(key);
    }

    @Override
    public Optional<Release> findRelease(AppKey key, long revision) {
        return store.findRelease(key, revision);
    }

    @Override
    public void saveRollout(AppKey key, Rollout rollout) {
        store.saveRollout(key, rollout);
    }

    @Override
    public Optional<Rollout> findRollout(AppKey key) {
        return store.findRollout(key);
    }

    @Override
    public boolean deleteApp(AppKey key) {
        return store.deleteApp(key);
    }

    @Override
    public Optional<AppStatus> findStatus(AppKey key) {
        return store.findStatus(key);
    }

    /** The local engine has nothing to say of an app that has no local share ("scaled to zero" would mislead). */
    @Override
    public void appendEvent(AppKey key, AppEvent event) {
        if (store.findApp(key).filter(app -> spansClusters(app) && Shares.local(app) == 0).isEmpty()) {
            store.appendEvent(key, event);
        }
    }

    @Override
    public List<AppEvent> listEvents(AppKey key, int limit) {
        return store.listEvents(key, limit);
    }
}
