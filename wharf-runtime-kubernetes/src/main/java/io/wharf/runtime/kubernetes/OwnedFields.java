package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;

/**
 * Whether a live object already holds every field Wharf sets, with Wharf's values. Fields that
 * Wharf does not set (status, defaults, other managers' fields) do not matter, so an object that
 * needs no change is never written.
 */
final class OwnedFields {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private OwnedFields() {
    }

    static boolean hold(HasMetadata live, HasMetadata desired) {
        return live != null && contains(tree(live), tree(desired));
    }

    private static Object tree(HasMetadata object) {
        return SERIALIZATION.convertValue(object, Map.class);
    }

    private static boolean contains(Object live, Object wanted) {
        if (wanted instanceof Map<?, ?> wantedMap) {
            return live instanceof Map<?, ?> liveMap && wantedMap.entrySet().stream()
                    .allMatch(e -> contains(liveMap.get(e.getKey()), e.getValue()));
        }
        if (wanted instanceof List<?> wantedList) {
            if (!(live instanceof List<?> liveList) || liveList.size() != wantedList.size()) {
                return false;
            }
            for (int i = 0; i < wantedList.size(); i++) {
                if (!contains(liveList.get(i), wantedList.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return wanted == null || (live != null && String.valueOf(wanted).equals(String.valueOf(live)));
    }
}
