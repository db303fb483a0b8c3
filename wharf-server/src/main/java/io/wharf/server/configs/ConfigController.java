package io.wharf.server.configs;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.model.AppKey;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An app's config files. A change is released at once (201 new, 200 changed) unless
 * {@code ?rollout=false}: then it is staged for the next release (202). The diff is text/plain.
 */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/configs")
public class ConfigController {
    private final ConfigService configs;

    public ConfigController(ConfigService configs) {
        this.configs = configs;
    }

    /** What a delete did: the revision that no longer has the file. */
    public record Deleted(String name, long revision) {
    }

    @PutMapping("/{name}")
    @ApiResponse(responseCode = "200", description = "Changed and released")
    @ApiResponse(responseCode = "201", description = "New and released")
    @ApiResponse(responseCode = "202", description = "Staged: goes out with the next release (rollout=false)")
    ResponseEntity<ConfigResponse> put(@PathVariable String system, @PathVariable String app, @PathVariable String name,
                                       @RequestParam(defaultValue = "true") boolean rollout,
                                       @RequestBody ConfigRequest request) {
        ConfigService.Changed changed = configs.put(new AppKey(system, app), name, request, rollout);
        HttpStatus status = !rollout ? HttpStatus.ACCEPTED : changed.created() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(changed.config());
    }

    @GetMapping
    List<ConfigResponse> list(@PathVariable String system, @PathVariable String app) {
        return configs.list(new AppKey(system, app));
    }

    @GetMapping("/{name}")
    ConfigContent get(@PathVariable String system, @PathVariable String app, @PathVariable String name,
                      @RequestParam(required = false) Long revision) {
        return configs.get(new AppKey(system, app), name, revision);
    }

    @GetMapping("/{name}/diff")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    ResponseEntity<String> diff(@PathVariable String system, @PathVariable String app, @PathVariable String name,
                                @RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(configs.diff(new AppKey(system, app), name, from, to));
    }

    @DeleteMapping("/{name}")
    Deleted delete(@PathVariable String system, @PathVariable String app, @PathVariable String name) {
        return new Deleted(name, configs.delete(new AppKey(system, app), name));
    }
}
