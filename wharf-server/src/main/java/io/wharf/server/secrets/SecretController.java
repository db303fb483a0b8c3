package io.wharf.server.secrets;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.model.AppKey;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An app's secrets: set a new value (201 new, 200 changed), list them without values, remove one. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/secrets")
public class SecretController {
    private final SecretService secrets;

    public SecretController(SecretService secrets) {
        this.secrets = secrets;
    }

    /** A change: the secret without its value, and the revision that released it. */
    public record Changed(String name, String path, String env, long version, java.time.Instant updatedAt, long revision) {
    }

    /** What a delete did: the revision that no longer has the secret. */
    public record Deleted(String name, long revision) {
    }

    @PutMapping("/{name}")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "201", description = "New")
    ResponseEntity<Changed> put(@PathVariable String system, @PathVariable String app, @PathVariable String name,
                                @RequestBody SecretRequest request) {
        SecretService.Changed changed = secrets.put(new AppKey(system, app), name, request);
        SecretResponse s = changed.secret();
        return ResponseEntity.status(changed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Changed(s.name(), s.path(), s.env(), s.version(), s.updatedAt(), changed.revision()));
    }

    @GetMapping
    List<SecretResponse> list(@PathVariable String system, @PathVariable String app) {
        return secrets.list(new AppKey(system, app));
    }

    @DeleteMapping("/{name}")
    Deleted delete(@PathVariable String system, @PathVariable String app, @PathVariable String name) {
        return new Deleted(name, secrets.delete(new AppKey(system, app), name));
    }
}
