package io.wharf.server.registries;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A system's registry credentials: PUT sets them, GET lists them without passwords, DELETE removes them. */
@RestController
@RequestMapping("/api/v1/systems/{system}/registries")
public class RegistryController {
    private final RegistryCredentials credentials;

    public RegistryController(RegistryCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping
    List<RegistryCredentials.View> list(@PathVariable String system) {
        return credentials.list(system);
    }

    @PutMapping("/{host}")
    RegistryCredentials.View put(@PathVariable String system, @PathVariable String host,
                                 @RequestBody RegistryCredentials.Put request) {
        return credentials.put(system, host, request);
    }

    @DeleteMapping("/{host}")
    ResponseEntity<Void> delete(@PathVariable String system, @PathVariable String host) {
        credentials.delete(system, host);
        return ResponseEntity.noContent().build();
    }
}
