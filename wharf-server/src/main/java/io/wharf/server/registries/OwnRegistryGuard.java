package io.wharf.server.registries;

import io.wharf.model.AppTemplate;
import io.wharf.model.FieldError;
import io.wharf.model.ImageReference;
import io.wharf.model.ValidationException;
import io.wharf.server.auth.Callers;
import io.wharf.server.auth.SystemAccess;
import io.wharf.server.registry.RegistryProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Wharf's own registry has no logins: an image there under {@code <system>/} is that system's, and an
 * app may run it only when its caller may see that system (a promotion's source, say), so that the
 * registry's openness does not hand one system's images to another.
 */
@Component
public class OwnRegistryGuard {
    private final RegistryProperties registry;
    private final SystemAccess access;

    public OwnRegistryGuard(RegistryProperties registry, SystemAccess access) {
        this.registry = registry;
        this.access = access;
    }

    public void check(String system, AppTemplate template) {
        if (!AppTemplate.isImageReference(template.image())) {
            return;
        }
        ImageReference ref = ImageReference.parse(template.image());
        if (!ref.registry().equals(registry.address())) {
            return;
        }
        String owner = ref.repository().contains("/") ? ref.repository().substring(0, ref.repository().indexOf('/')) : "";
        boolean allowed = owner.equals(system) || Callers.current().map(c -> access.sees(c, owner)).orElse(true);
        if (!allowed) {
            throw new ValidationException(List.of(new FieldError("image", "is in Wharf's registry under another"
                    + " system's name; an app runs images from " + registry.address() + "/" + system + "/ or of"
                    + " systems its caller may see")));
        }
    }
}
