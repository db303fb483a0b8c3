package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.wharf.model.App;
import io.wharf.model.ConfigFile;
import io.wharf.model.SecretMount;
import java.util.ArrayList;
import java.util.List;

/**
 * The config files and secret files of an app as volumes: each object holds one file under one key,
 * mounted read-only at its path by {@code subPath}, so the rest of the directory stays the image's.
 */
final class FileVolumes {
    static final String KEY = "content";
    private static final int OWNER_READ_ONLY = 0400;

    private FileVolumes() {
    }

    static List<Volume> volumes(App app) {
        List<Volume> volumes = new ArrayList<>();
        for (ConfigFile config : app.template().configs()) {
            volumes.add(new VolumeBuilder().withName(ObjectNames.configVolume(config))
                    .withNewConfigMap().withName(ObjectNames.configMap(app, config)).endConfigMap().build());
        }
        for (SecretMount secret : fileSecrets(app)) {
            volumes.add(new VolumeBuilder().withName(ObjectNames.secretVolume(secret))
                    .withNewSecret().withSecretName(ObjectNames.secret(app, secret))
                    .withDefaultMode(OWNER_READ_ONLY).endSecret().build());
        }
        return volumes;
    }

    static List<VolumeMount> mounts(App app) {
        List<VolumeMount> mounts = new ArrayList<>();
        for (ConfigFile config : app.template().configs()) {
            mounts.add(mount(ObjectNames.configVolume(config), config.path()));
        }
        for (SecretMount secret : fileSecrets(app)) {
            mounts.add(mount(ObjectNames.secretVolume(secret), secret.path()));
        }
        return mounts;
    }

    private static VolumeMount mount(String volume, String path) {
        return new VolumeMountBuilder().withName(volume).withMountPath(path).withSubPath(KEY).withReadOnly(true)
                .build();
    }

    private static List<SecretMount> fileSecrets(App app) {
        return app.template().secrets().stream().filter(SecretMount::asFile).toList();
    }
}
