package io.wharf.server.clusters;

/** Kubeconfig texts for tests. */
final class TestKubeconfigs {
    private TestKubeconfigs() {
    }

    /** A kubeconfig for the API server at {@code url}, authenticating with {@code token}. */
    static String forServer(String url, String token) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: test
                  cluster:
                    server: %s
                users:
                - name: admin
                  user:
                    token: %s
                contexts:
                - name: test
                  context:
                    cluster: test
                    user: admin
                current-context: test
                """.formatted(url, token);
    }
}
