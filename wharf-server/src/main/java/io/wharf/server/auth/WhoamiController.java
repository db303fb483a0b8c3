package io.wharf.server.auth;

import io.wharf.server.members.MemberRows;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token names and its role in each system; what {@code wharf login} checks a token with. */
@RestController
public class WhoamiController {
    private final MemberRows members;

    public WhoamiController(MemberRows members) {
        this.members = members;
    }

    /** {@code systems}: the caller's role by system (empty for the admin, who may do everything). */
    public record Whoami(String user, String tokenId, boolean admin, Map<String, String> systems) {
    }

    @GetMapping("/api/v1/whoami")
    Whoami whoami() {
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no caller"));
        Map<String, String> systems = new TreeMap<>();
        if (!caller.admin()) {
            members.systemsOf(caller.user()).forEach((system, role) -> systems.put(system, role.wireName()));
        }
        return new Whoami(caller.user(), caller.tokenId(), caller.admin(), systems);
    }
}
