-- Config file changes waiting for the app's next release (PUT .../configs/{name}?rollout=false).
CREATE TABLE staged_configs (
    system_name VARCHAR(63)   NOT NULL,
    app_name    VARCHAR(63)   NOT NULL,
    name        VARCHAR(63)   NOT NULL,
    path        VARCHAR(1024) NOT NULL,
    content     TEXT          NOT NULL,
    staged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_name, app_name, name),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);

-- Every version of every secret of an app, AES-GCM encrypted (base64 nonce and ciphertext), kept
-- after the secret is removed from the app so that a rollback to an older release still works.
CREATE TABLE secret_values (
    system_name VARCHAR(63) NOT NULL,
    app_name    VARCHAR(63) NOT NULL,
    name        VARCHAR(63) NOT NULL,
    version     BIGINT      NOT NULL,
    nonce       VARCHAR(32) NOT NULL,
    ciphertext  TEXT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_name, app_name, name, version),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);
