package io.wharf.server.releases;

import io.wharf.model.AppKey;
import io.wharf.server.auth.Need;
import io.wharf.server.auth.SystemAccess;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An app's releases: deploy a new one, list them, read one, roll back to one. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}")
public class ReleaseController {
    private final Deployments deployments;
    private final SystemAccess access;

    public ReleaseController(Deployments deployments, SystemAccess access) {
        this.deployments = deployments;
        this.access = access;
    }

    @PostMapping("/releases")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReleaseResponse> deploy(@PathVariable String system, @PathVariable String app,
                                           @RequestBody ReleaseRequest request) {
        if (request.from() != null && io.wharf.model.Names.isDnsLabel(request.from())) {
            access.require(request.from(), Need.VIEWER);
        }
        return created(system, app, deployments.deploy(new AppKey(system, app), request));
    }

    @GetMapping("/releases")
    List<ReleaseResponse> list(@PathVariable String system, @PathVariable String app) {
        return deployments.releases(new AppKey(system, app)).stream().map(ReleaseResponse::of).toList();
    }

    @GetMapping("/releases/{revision}")
    ReleaseResponse get(@PathVariable String system, @PathVariable String app, @PathVariable long revision) {
        return ReleaseResponse.of(deployments.release(new AppKey(system, app), revision));
    }

    @PostMapping("/rollback")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReleaseResponse> rollback(@PathVariable String system, @PathVariable String app,
                                             @RequestBody(required = false) RollbackRequest request) {
        RollbackRequest body = request == null ? new RollbackRequest(null, null) : request;
        return created(system, app, deployments.rollback(new AppKey(system, app), body));
    }

    private static ResponseEntity<ReleaseResponse> created(String system, String app, io.wharf.model.Release release) {
        return ResponseEntity.created(URI.create("/api/v1/systems/" + system + "/apps/" + app + "/releases/"
                + release.revision())).body(ReleaseResponse.of(release));
    }
}
