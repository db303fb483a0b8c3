package io.wharf.dns;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An immutable view of every published app; replaced as a whole on each change. */
final class Snapshot {

    record App(String system, String app, List<String> customDomains, List<SrvTarget> instances) {
    }

    static final Snapshot EMPTY = new Snapshot(new LinkedHashMap<>(), 1);

    private final Map<String, App> apps;
    private final Map<String, App> byDomain = new HashMap<>();
    private final Set<String> systems = new HashSet<>();
    private final long serial;

    private Snapshot(LinkedHashMap<String, App> apps, long serial) {
        this.apps = Collections.unmodifiableMap(apps);
        this.serial = serial;
        for (App app : apps.values()) {
            systems.add(app.system());
            app.customDomains().forEach(domain -> byDomain.put(domain, app));
        }
    }

    /** The app put last wins a custom domain claimed by several apps. */
    Snapshot with(App app) {
        LinkedHashMap<String, App> next = new LinkedHashMap<>(apps);
        String key = key(app.system(), app.app());
        next.remove(key);
        next.put(key, app);
        return new Snapshot(next, serial + 1);
    }

    Snapshot without(String system, String app) {
        String key = key(system, app);
        if (!apps.containsKey(key)) {
            return this;
        }
        LinkedHashMap<String, App> next = new LinkedHashMap<>(apps);
        next.remove(key);
        return new Snapshot(next, serial + 1);
    }

    App app(String system, String app) {
        return apps.get(key(system, app));
    }

    App appForDomain(String domain) {
        return byDomain.get(domain);
    }

    boolean hasSystem(String system) {
        return systems.contains(system);
    }

    long serial() {
        return serial;
    }

    private static String key(String system, String app) {
        return app + "." + system;
    }
}
