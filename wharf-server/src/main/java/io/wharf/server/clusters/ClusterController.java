package io.wharf.server.clusters;

import java.net.URI;
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

/** The clusters apps can run on, with their health read live; kubeconfigs go in and never come out. */
@RestController
@RequestMapping("/api/v1/clusters")
public class ClusterController {
    private final ClusterService clusters;

    public ClusterController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ClusterResponse> create(@RequestBody ClusterRequest request) {
        ClusterResponse created = clusters.create(request);
        return ResponseEntity.created(URI.create("/api/v1/clusters/" + created.name())).body(created);
    }

    @GetMapping
    List<ClusterResponse> list() {
        return clusters.list();
    }

    @GetMapping("/{name}")
    ClusterResponse get(@PathVariable String name) {
        return clusters.get(name);
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String name) {
        clusters.delete(name);
        return ResponseEntity.noContent().build();
    }
}
