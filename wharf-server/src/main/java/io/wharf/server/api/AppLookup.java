package io.wharf.server.api;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;

/** Finds an app, or says which of app and system does not exist (404). */
public final class AppLookup {
    private AppLookup() {
    }

    public static App require(Store store, AppKey key) {
        return store.findApp(key).orElseThrow(() -> store.findSystem(key.system()).isPresent()
                ? ApiException.notFound("app " + key) : ApiException.notFound("system " + key.system()));
    }
}
