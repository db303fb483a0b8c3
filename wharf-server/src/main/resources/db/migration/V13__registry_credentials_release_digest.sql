-- Each system's credentials for image registries (host or host:port as in image references); the
-- password is sealed with the server's secret key (io.wharf.server.registries.RegistryPasswords).
-- A release's digest needs no column: a release of a registry image pins it in its template's image
-- (repository@sha256:...), which every instance runs and a rollback restores.
CREATE TABLE registry_credentials (
    system_name VARCHAR(63)  NOT NULL REFERENCES systems (name) ON DELETE CASCADE,
    host        VARCHAR(255) NOT NULL,
    username    VARCHAR(255) NOT NULL,
    nonce       VARCHAR(64)  NOT NULL,
    ciphertext  TEXT         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_name, host)
);
