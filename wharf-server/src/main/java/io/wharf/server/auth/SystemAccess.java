package io.wharf.server.auth;

import io.wharf.server.api.ApiException;
import io.wharf.server.members.MemberRows;
import io.wharf.server.members.Role;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the current caller may do in a system. A system where it has no role does not exist for it
 * (404, the same answer as for a name nobody uses), so that names do not leak.
 */
@Component
public class SystemAccess {
    private final MemberRows members;

    public SystemAccess(MemberRows members) {
        this.members = members;
    }

    /** Whether the caller may see the system at all. */
    public boolean sees(Caller caller, String system) {
        return caller.admin() || members.role(system, caller.user()).isPresent();
    }

    /** Throws 404 when the caller has no role in the system, 403 when its role is below {@code needed}. */
    public void require(Caller caller, String system, Need needed) {
        if (caller.admin()) {
            return;
        }
        Optional<Role> role = members.role(system, caller.user());
        if (role.isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
        if (needed.role() == null || !role.get().atLeast(needed.role())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "your role in system " + system + " is "
                    + role.get().wireName() + "; this needs " + (needed.role() == null ? "the platform admin"
                    : needed.role().wireName() + " or more"));
        }
    }

    /** The same check for the caller of the request being served. */
    public void require(String system, Need needed) {
        require(Callers.current().orElseThrow(() -> new IllegalStateException("no caller")), system, needed);
    }
}
