package io.wharf.server.clusters;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a kubeconfig's text can be used by the server. It must parse, name a current context with a
 * server, and carry its credentials inline: the server neither reads local files named in it nor runs
 * exec or auth-provider plugins, which would run commands on the server's machine. Messages never quote
 * the text, which holds credentials.
 */
final class KubeconfigCheck {
    static final int MAX_BYTES = 256 * 1024;
    private static final Optional<String> UNPARSABLE =
            Optional.of("could not be parsed as a kubeconfig (YAML with clusters, users and contexts)");

    private KubeconfigCheck() {
    }

    /** What is wrong with the kubeconfig; empty when it can be used. */
    static Optional<String> problem(String text, boolean insecureAllowed) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required: the text of a kubeconfig file");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("is too long: at most 256 KiB");
        }
        Config model;
        try {
            model = KubeConfigUtils.parseConfigFromString(text);
        } catch (RuntimeException e) {
            return UNPARSABLE;
        }
        if (model == null) {
            return UNPARSABLE;
        }
        List<String> local = localReferences(model);
        if (!local.isEmpty()) {
            return Optional.of("must carry everything inline: it uses " + String.join(", ", local)
                    + ", which the server does not run or read; use a token or the *-data fields instead");
        }
        if (!insecureAllowed && nullSafe(model.getClusters()).stream()
                .anyMatch(c -> c.getCluster() != null && Boolean.TRUE.equals(c.getCluster().getInsecureSkipTlsVerify()))) {
            return Optional.of("sets insecure-skip-tls-verify, so anyone on the way to the cluster could read its"
                    + " credentials: give the cluster's CA in certificate-authority-data, or register the cluster with"
                    + " \"insecure\": true (wharf cluster add --insecure) to accept that risk");
        }
        if (model.getCurrentContext() == null || model.getCurrentContext().isBlank()) {
            return Optional.of("has no current-context: set current-context to the context to use");
        }
        // fabric8 runs exec plugins while it builds the client's config: only now, after the check above
        String master;
        try {
            master = io.fabric8.kubernetes.client.Config.fromKubeconfig(text).getMasterUrl();
        } catch (RuntimeException e) {
            return UNPARSABLE;
        }
        if (master == null || model.getClusters() == null || model.getClusters().isEmpty()) {
            return Optional.of("has no cluster with a server address for its current context");
        }
        return Optional.empty();
    }

    private static List<String> localReferences(Config model) {
        List<String> found = new ArrayList<>();
        for (NamedCluster named : nullSafe(model.getClusters())) {
            Cluster cluster = named.getCluster();
            if (cluster != null && cluster.getCertificateAuthority() != null) {
                found.add("certificate-authority (a file)");
            }
        }
        for (NamedAuthInfo named : nullSafe(model.getUsers())) {
            AuthInfo user = named.getUser();
            if (user == null) {
                continue;
            }
            addIf(found, user.getClientCertificate() != null, "client-certificate (a file)");
            addIf(found, user.getClientKey() != null, "client-key (a file)");
            addIf(found, user.getTokenFile() != null, "tokenFile (a file)");
            addIf(found, user.getExec() != null, "exec (a credential plugin)");
            addIf(found, user.getAuthProvider() != null, "auth-provider (a plugin)");
        }
        return found.stream().distinct().toList();
    }

    private static void addIf(List<String> found, boolean condition, String what) {
        if (condition) {
            found.add(what);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
