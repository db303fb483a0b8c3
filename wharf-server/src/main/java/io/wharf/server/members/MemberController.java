package io.wharf.server.members;

import io.wharf.engine.store.Store;
import io.wharf.model.Errors;
import io.wharf.server.api.ApiException;
import io.wharf.server.users.UserRows;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who may do what in a system: owner, developer or viewer (changed by the admin only). */
@RestController
@RequestMapping("/api/v1/systems/{system}/members")
public class MemberController {
    private final MemberRows members;
    private final UserRows users;
    private final Store store;

    public MemberController(MemberRows members, UserRows users, Store store) {
        this.members = members;
        this.users = users;
        this.store = store;
    }

    /** {@code role}: owner, developer or viewer. */
    public record MemberRequest(String role) {
    }

    @GetMapping
    List<MemberRows.Member> list(@PathVariable String system) {
        requireSystem(system);
        return members.list(system);
    }

    @PutMapping("/{user}")
    MemberRows.Member put(@PathVariable String system, @PathVariable String user, @RequestBody MemberRequest request) {
        requireSystem(system);
        users.find(user).orElseThrow(() -> ApiException.notFound("user " + user));
        Role role = Role.parse(request.role()).orElse(null);
        new Errors().check(role != null, "role", "must be one of " + Role.allowedValues() + ", was '" + request.role() + "'")
                .throwIfAny();
        members.put(system, user, role);
        return new MemberRows.Member(user, role.wireName());
    }

    @DeleteMapping("/{user}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String system, @PathVariable String user) {
        requireSystem(system);
        if (!members.delete(system, user)) {
            throw ApiException.notFound("member " + user + " of system " + system);
        }
        return ResponseEntity.noContent().build();
    }

    private void requireSystem(String system) {
        store.findSystem(system).orElseThrow(() -> ApiException.notFound("system " + system));
    }
}
