package io.wharf.server.builds;

import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import org.springframework.stereotype.Service;

/** Finds the image of a version for a release: by digest, so that the release runs the very bytes built. */
@Service
public class Versions {
    private final VersionRows rows;

    public Versions(VersionRows rows) {
        this.rows = rows;
    }

    /** {@code repository@sha256:...} of the version named by "v3" or a commit prefix; 404 when there is none. */
    public String imageOf(AppKey app, String version) {
        return rows.find(app, version).map(VersionResponse::image).orElseThrow(() ->
                ApiException.notFound("version " + version + " of app " + app));
    }
}
