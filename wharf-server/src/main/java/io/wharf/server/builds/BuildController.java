package io.wharf.server.builds;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.wharf.model.AppKey;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An app's builds: start one (202, it runs in the background), list them newest first, read one, cancel one. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/builds")
public class BuildController {
    private final BuildService builds;

    public BuildController(BuildService builds) {
        this.builds = builds;
    }

    @PostMapping
    @ApiResponse(responseCode = "202", description = "Queued")
    ResponseEntity<BuildResponse> start(@PathVariable String system, @PathVariable String app,
                                        @RequestBody(required = false) BuildRequest request) {
        BuildRequest body = request == null ? new BuildRequest(null, null, null, null, null) : request;
        BuildResponse build = builds.submit(new AppKey(system, app), body);
        return ResponseEntity.accepted().location(URI.create("/api/v1/systems/" + system + "/apps/" + app + "/builds/"
                + build.id())).body(build);
    }

    @GetMapping
    List<BuildResponse> list(@PathVariable String system, @PathVariable String app) {
        return builds.list(new AppKey(system, app));
    }

    @GetMapping("/{build}")
    BuildResponse get(@PathVariable String system, @PathVariable String app, @PathVariable String build) {
        return builds.get(new AppKey(system, app), build);
    }

    @PostMapping("/{build}/cancel")
    BuildResponse cancel(@PathVariable String system, @PathVariable String app, @PathVariable String build) {
        return builds.cancel(new AppKey(system, app), build);
    }
}
