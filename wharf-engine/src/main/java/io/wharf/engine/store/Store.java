package io.wharf.engine.store;

import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
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

    /** Replaces the app's desired state; false when it does not exist. */
    boolean updateApp(App app);

    Optional<App> findApp(AppKey key);

    List<App> listApps(String system);

    List<App> listAllApps();

    /** Deletes the app and its events and status. */
    boolean deleteApp(AppKey key);

    void saveStatus(AppKey key, AppStatus status);

    Optional<AppStatus> findStatus(AppKey key);

    void appendEvent(AppKey key, AppEvent event);

    /** The newest {@code limit} events, newest first. */
    List<AppEvent> listEvents(AppKey key, int limit);
}
