-- Kubernetes clusters registered with Wharf (the built-in Podman cluster "local" has no row). The
-- kubeconfig is AES-GCM encrypted like secret values (base64 nonce and ciphertext); labels are JSON.
CREATE TABLE clusters (
    name       VARCHAR(63) NOT NULL PRIMARY KEY,
    kind       VARCHAR(32) NOT NULL,
    labels     TEXT        NOT NULL,
    nonce      VARCHAR(32) NOT NULL,
    ciphertext TEXT        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
