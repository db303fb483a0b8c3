package io.wharf.runtime.kubernetes;

import io.wharf.engine.runtime.Labels;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.TemplateFingerprint;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labels that say an object is Wharf's and whose it is; Wharf selects an app's objects by them. */
final class ObjectLabels {
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String WHARF = "wharf";

    private ObjectLabels() {
    }

    static Map<String, String> system(String system) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MANAGED_BY, WHARF);
        labels.put(Labels.SYSTEM, system);
        return labels;
    }

    static Map<String, String> app(App app) {
        return selector(app.key());
    }

    /** Every object of an app carries these; the Deployment selects its pods by them. */
    static Map<String, String> selector(AppKey key) {
        Map<String, String> labels = system(key.system());
        labels.put(Labels.APP, key.app());
        return labels;
    }

    /** A pod says whose it is, which release it runs, and the fingerprint of its template. */
    static Map<String, String> pod(App app) {
        Map<String, String> labels = app(app);
        labels.put(Labels.REVISION, Long.toString(app.revision()));
        labels.put(Labels.TEMPLATE, TemplateFingerprint.of(app.template()));
        return labels;
    }
}
