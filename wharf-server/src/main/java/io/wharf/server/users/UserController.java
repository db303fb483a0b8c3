package io.wharf.server.users;

import io.wharf.model.Errors;
import io.wharf.model.Names;
import io.wharf.server.api.ApiException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users of the API (admin only): each has tokens and roles per system. */
@RestController
@RequestMapping("/api/v1/users")
public class UserController {
    private final UserRows users;
    private final Clock clock;

    public UserController(UserRows users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** {@code name}: a DNS label; {@code admin} is the admin token's and cannot be taken. */
    public record UserRequest(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserRows.User> create(@RequestBody UserRequest request) {
        Errors errors = new Errors();
        Names.check(errors, "name", request.name());
        errors.check(!"admin".equals(request.name()), "name", "admin is the admin token's name; choose another");
        errors.throwIfAny();
        UserRows.User user = new UserRows.User(request.name(), clock.instant());
        if (!users.insert(user)) {
            throw ApiException.conflict("user " + request.name() + " exists already");
        }
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.name())).body(user);
    }

    @GetMapping
    List<UserRows.User> list() {
        return users.list();
    }

    @GetMapping("/{user}")
    UserRows.User get(@PathVariable String user) {
        return users.find(user).orElseThrow(() -> ApiException.notFound("user " + user));
    }

    @DeleteMapping("/{user}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String user) {
        if (!users.delete(user)) {
            throw ApiException.notFound("user " + user);
        }
        return ResponseEntity.noContent().build();
    }
}
