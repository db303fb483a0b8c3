package io.wharf.engine.store;

import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.Release;
import io.wharf.model.Rollout;
import io.wharf.model.SystemSpec;
import java.util.List;
import java.util.Optional;

/**
 * Where desired state and history live. Every method is atomic; the create methods fail with
 * {@link StoreConflictException} when the object exists already.
 */
public interface Store {
    void createSystem(SystemSpec system);

    Optional<SystemSpec> findSystem(String name);

    List<SystemSpec> listSystems();

    /** Deletes the system, its apps and their events. */
    boolean deleteSystem(String name);

    void createApp(App app);

    /** Creates the app and its first release, both or neither. */
    void createApp(App app, Release first);

    /** Replaces the app's desired state; false when it does not exist. */
    boolean updateApp(App app);

    /**
     * Replaces the app's desired state and records the release it now runs, both or neither; false
     * when the app does not exist. Fails with {@link StoreConflictException} if that revision exists.
     */
    boolean updateApp(App app, Release release);

    /** The app's releases, newest first. */
    List<Release> listReleases(AppKey key);

    Optional<Release> findRelease(AppKey key, long revision);

    /** Records where the app's current rollout stands (one per app; history is in the events). */
    void saveRollout(AppKey key, Rollout rollout);

    Optional<Rollout> findRollout(AppKey key);

    Optional<App> findApp(AppKey key);

    List<App> listApps(String system);

    List<App> listAllApps();

    /** Deletes the app and its events, status, releases and rollout. */
    boolean deleteApp(AppKey key);

    void saveStatus(AppKey key, AppStatus status);

    Optional<AppStatus> findStatus(AppKey key);

    void appendEvent(AppKey key, AppEvent event);

    /** The newest {@code limit} events, newest first. */
    List<AppEvent> listEvents(AppKey key, int limit);
}
